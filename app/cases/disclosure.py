"""What a customer may see of a case: the one rule the API, the portal and the notices follow.

Staff see a case whole. A customer sees its own claim (the lines it sent) and what the
service decided, but never a fact of another customer's account. Two ways such facts
reach a case:

- The claim names an order that is not on the customer's account
  (CUSTOMER_ORDER_MISMATCH). Every rule then checked the claim against that other
  order: its messages carry its owner, prices, shipped quantities and dates, and the
  credit is priced from it. The customer is told only that the order is not on its
  account; amounts, the other rules and the actions' details are withheld.
- A rule names an earlier case (DUPLICATE_REQUEST) of another account: the customer
  is told an earlier request covers the line, not which case it is nor its status.

A notice goes to the request's sender, who is only trusted as the account's when the
sender was verified: a notice about a case whose sender is unverified
(SENDER_UNVERIFIED) says no more than one about an order of another account.
"""

from collections.abc import Iterable, Sequence
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.detail import CaseDetail, RuleResultRecord, TimelineEntry, case_detail
from app.cases.summary import ActionSummary, CaseLineSummary, CaseSummary, case_summary
from app.cases.tables import Case
from rules.vocabulary import Decision, RuleCode

NOT_ON_ACCOUNT = "This order is not on your account."
NOT_CONFIRMED = (
    "We could not confirm that this order is on your account; our returns team checks it."
)
EARLIER_REQUEST = "An earlier request already covers this order, item and reason."


class Viewer(Enum):
    """Who a case is shown to."""

    STAFF = "staff"  # the returns desk, finance, admins, the operator's keys: everything
    ACCOUNT = "account"  # the case's own customer account (its key or its users)
    SENDER = "sender"  # whoever sent the request: the address a notice goes to


def viewer_of(customer_id: str | None) -> Viewer:
    """A caller of a customer account sees as the account; the operator as staff."""
    return Viewer.STAFF if customer_id is None else Viewer.ACCOUNT


def order_withheld(case: Case, viewer: Viewer) -> bool:
    """Whether the case's order is another account's (or not known to be the viewer's)."""
    match viewer:
        case Viewer.STAFF:
            return False
        case Viewer.ACCOUNT:
            return RuleCode.CUSTOMER_ORDER_MISMATCH in case.reasons
        case Viewer.SENDER:
            withheld = (RuleCode.CUSTOMER_ORDER_MISMATCH, RuleCode.SENDER_UNVERIFIED)
            return any(code in case.reasons for code in withheld)


def summary_for(case: Case, *, viewer: Viewer) -> CaseSummary:
    """The case's summary, without amounts and action details from another account's order."""
    summary = case_summary(case)
    if not order_withheld(case, viewer):
        return summary
    return summary.model_copy(
        update={
            "reasons": [_withheld_code(case).value],
            "credit_total": None,
            "lines": [
                CaseLineSummary(sku=line.sku, quantity=line.quantity, credit=None)
                for line in summary.lines
            ],
            "actions": [
                ActionSummary(type=action.type, status=action.status, reference=action.reference)
                for action in summary.actions
            ],
        }
    )


def detail_for(*, session: Session, case: Case, viewer: Viewer) -> CaseDetail:
    """The case in full for staff; for a customer, only what is its own to see."""
    detail = case_detail(session=session, case=case)
    if viewer is Viewer.STAFF:
        return detail
    withheld = order_withheld(case, viewer)
    return detail.model_copy(
        update={
            **dict(summary_for(case, viewer=viewer)),
            "rule_results": results_for(
                session=session, case=case, results=detail.rule_results, viewer=viewer
            ),
            "policy_version": None if withheld else detail.policy_version,
            "timeline": [_plain_entry(entry) for entry in detail.timeline]
            if withheld
            else detail.timeline,
        }
    )


def results_for(
    *, session: Session, case: Case, results: Sequence[RuleResultRecord], viewer: Viewer
) -> list[RuleResultRecord]:
    """The rule results the viewer may read (their messages name the order's facts)."""
    if viewer is Viewer.STAFF:
        return list(results)
    if order_withheld(case, viewer):
        code = _withheld_code(case)
        message = NOT_ON_ACCOUNT if code == RuleCode.CUSTOMER_ORDER_MISMATCH else NOT_CONFIRMED
        return [
            RuleResultRecord(code=code.value, outcome=Decision.NEEDS_REVIEW.value, message=message)
        ]
    foreign = _cases_of_other_accounts(session, case, (r.related_case_id for r in results))
    return [
        result.model_copy(
            update={"message": EARLIER_REQUEST, "related_case_id": None, "details": {}}
        )
        if result.related_case_id in foreign
        else result
        for result in results
    ]


def notice_reasons(
    *, session: Session, case: Case, results: Sequence[RuleResultRecord]
) -> list[str]:
    """The reasons a notice to the request's sender may give."""
    shown = results_for(session=session, case=case, results=results, viewer=Viewer.SENDER)
    return [result.message for result in shown]


def _withheld_code(case: Case) -> RuleCode:
    if RuleCode.CUSTOMER_ORDER_MISMATCH in case.reasons:
        return RuleCode.CUSTOMER_ORDER_MISMATCH
    return RuleCode.SENDER_UNVERIFIED


def _plain_entry(entry: TimelineEntry) -> TimelineEntry:
    return entry.model_copy(update={"before": None, "after": None})


def _cases_of_other_accounts(
    session: Session, case: Case, related: Iterable[str | None]
) -> set[str]:
    """Of the cases named, those of another account than the case's own (or of none)."""
    named = {case_id for case_id in related if case_id}
    if not named:
        return set()
    owners = session.execute(select(Case.id, Case.customer_id).where(Case.id.in_(named))).all()
    known = {case_id for case_id, owner in owners if owner == case.customer_id and owner}
    return named - known
