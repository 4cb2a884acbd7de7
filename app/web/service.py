"""What the portal shows: a customer account's requests and their cases, in plain words."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.cases.disclosure import Viewer, summary_for
from app.cases.summary import CaseSummary, money
from app.cases.tables import Case
from app.requests.portal import FORM_PART
from app.requests.tables import InboundRequest, RequestStatus
from app.web import words
from rules.vocabulary import Decision


@dataclass(frozen=True)
class ActionView:
    what: str
    status: str
    reference: str | None
    amount: str | None


@dataclass(frozen=True)
class LineView:
    sku: str | None
    quantity: int | None
    credit: str | None
    declined: bool


@dataclass(frozen=True)
class CaseView:
    id: str
    type: str
    decision: str
    decision_code: str
    credit: str | None
    credit_label: str
    reasons: list[str]
    lines: list[LineView]
    actions: list[ActionView]


@dataclass(frozen=True)
class RequestView:
    id: str
    received_at: datetime
    source: str  # the file names sent, or what the request is when it has none
    sent_as: str
    status: str
    status_code: str
    outcome: str | None
    order_number: str | None
    cases: list[CaseView]

    @property
    def in_progress(self) -> bool:
        """Still to be read by the worker: the page refreshes itself."""
        return self.status_code in (RequestStatus.RECEIVED, RequestStatus.PROCESSING)


def account_requests(
    *, session: Session, customer_id: str, limit: int, offset: int
) -> list[RequestView]:
    """A page of the account's requests, newest first, with their cases."""
    rows = list(
        session.scalars(
            select(InboundRequest)
            .where(_owned_by(customer_id))
            .order_by(InboundRequest.received_at.desc(), InboundRequest.id.desc())
            .limit(limit)
            .offset(offset)
        )
    )
    cases: dict[str, list[Case]] = {row.id: [] for row in rows}
    if rows:
        for case in session.scalars(
            select(Case).where(Case.request_id.in_(cases)).order_by(Case.created_at, Case.id)
        ):
            cases[case.request_id].append(case)
    return [request_view(row, cases[row.id]) for row in rows]


def account_request(*, session: Session, customer_id: str, request_id: str) -> RequestView | None:
    """One request of the account with its cases; None for another account's or none."""
    row = session.get(InboundRequest, request_id)
    if row is None or (row.customer_id or row.account_id) != customer_id:
        return None
    cases = session.scalars(
        select(Case).where(Case.request_id == row.id).order_by(Case.created_at, Case.id)
    )
    return request_view(row, list(cases))


def _owned_by(customer_id: str) -> ColumnElement[bool]:
    """The account a request belongs to, as the API decides it (Caller.may_see)."""
    owner = func.coalesce(InboundRequest.customer_id, InboundRequest.account_id)
    return owner == customer_id


def request_view(request: InboundRequest, cases: list[Case]) -> RequestView:
    shown = request.status == RequestStatus.PROCESSED
    return RequestView(
        id=request.id,
        received_at=request.received_at,
        source=_source(request),
        sent_as=_sent_as(request),
        status=words.plain(words.STATUSES, request.status),
        status_code=request.status,
        outcome=words.plain(words.OUTCOMES, request.outcome) if shown else None,
        order_number=request.order_number,
        cases=[case_view(case) for case in cases] if shown else [],
    )


def case_view(case: Case) -> CaseView:
    """A case as its customer sees it: what app/cases/disclosure.py lets the account read."""
    shown = summary_for(case, viewer=Viewer.ACCOUNT)
    approved = case.decision == Decision.AUTO_APPROVED
    return CaseView(
        id=case.id,
        type=words.plain(words.REASONS, case.type),
        decision=words.plain(words.DECISIONS, case.decision),
        decision_code=case.decision,
        credit=None
        if case.decision == Decision.REJECTED or not case.credit_total or shown.credit_total is None
        else _amount(case),
        credit_label="Credit" if approved else "Proposed credit",
        reasons=[words.plain(words.RULES, code) for code in shown.reasons],
        lines=[
            LineView(
                sku=line.sku,
                quantity=line.quantity,
                credit=shown_line.credit,
                declined=line.rejected,
            )
            for line, shown_line in zip(case.lines, shown.lines, strict=True)
        ],
        actions=_customer_actions(shown),
    )


def _customer_actions(shown: CaseSummary) -> list[ActionView]:
    views: list[ActionView] = []
    for action in shown.actions:
        what = words.customer_action(action.type)
        if what is not None:
            views.append(
                ActionView(
                    what=what,
                    status=words.plain(words.ACTION_STATUSES, action.status),
                    reference=action.reference,
                    amount=action.amount,
                )
            )
    return views


def _amount(case: Case) -> str | None:
    value = money(case.credit_total)
    return f"{value} {case.currency}" if value is not None else None


def _source(request: InboundRequest) -> str:
    """The file names a customer sent, or what the request is when it has none."""
    if request.channel in ("upload", "form") and request.source and request.source != FORM_PART:
        return ", ".join(PurePath(name.strip()).name for name in request.source.split(","))
    if request.channel == "form":
        return "Claim form"
    return words.plain(words.CHANNELS, request.channel)


def _sent_as(request: InboundRequest) -> str:
    source = _source(request)
    if request.channel == "form":
        return source if source == "Claim form" else f"Claim form with {source}"
    if request.channel == "upload":
        return f"Upload: {source}"
    return source
