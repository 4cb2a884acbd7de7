"""The policy's codes in plain words, as a customer reads them on the portal."""

from collections.abc import Mapping
from typing import Any

from app.requests.tables import RequestStatus
from rules.vocabulary import ActionStatus, ActionType, Decision, Outcome, ReasonCode, RuleCode

REASONS: dict[ReasonCode, str] = {
    ReasonCode.DAMAGED: "Damaged",
    ReasonCode.SHORT: "Short shipped (fewer than ordered)",
    ReasonCode.WRONG_ITEM: "Wrong item received",
    ReasonCode.DEFECTIVE: "Defective",
    ReasonCode.NOT_NEEDED: "No longer needed",
    ReasonCode.OVERSHIPPED: "More than ordered",
    ReasonCode.PRICING: "Invoiced at the wrong price",
}

DECISIONS: dict[Decision, str] = {
    Decision.AUTO_APPROVED: "Approved",
    Decision.NEEDS_REVIEW: "With our returns team for review",
    Decision.REJECTED: "Not accepted",
    Decision.NEEDS_INFO: "We need more information from you",
}

RULES: dict[RuleCode, str] = {
    RuleCode.ORDER_NOT_FOUND: "We could not find the order in our records.",
    RuleCode.CUSTOMER_NOT_IDENTIFIED: "We could not tell which customer account this is for.",
    RuleCode.CUSTOMER_ORDER_MISMATCH: "This order is not on your account.",
    RuleCode.SENDER_UNVERIFIED: "We could not confirm that the sender belongs to the account.",
    RuleCode.SKU_NOT_ON_ORDER: "An item in the claim is not on the order.",
    RuleCode.QTY_EXCEEDS_AVAILABLE: "The quantity is more than was shipped or is left to claim.",
    RuleCode.LATE_CLAIM: "The claim came in after the time allowed to report this problem.",
    RuleCode.OUTSIDE_RETURN_WINDOW: "The return window for this order has closed.",
    RuleCode.OUT_OF_WARRANTY: "The item is out of warranty.",
    RuleCode.NON_RETURNABLE: "This item cannot be returned (special order, cut or hazardous).",
    RuleCode.NON_RETURNABLE_ITEM: "This item is not normally returnable, so a person checks it.",
    RuleCode.NO_PRICE_VARIANCE: "The invoice shows the agreed price, or a lower one.",
    RuleCode.DUPLICATE_REQUEST: "An earlier request already covers this order, item and reason.",
    RuleCode.LOW_CONFIDENCE: "Some details could not be read with certainty, so a person checks.",
    RuleCode.CREDIT_ABOVE_LIMIT: "The credit is above what is approved automatically.",
    RuleCode.DOCUMENT_UNREADABLE: "A document could not be read by machine, so a person reads it.",
    RuleCode.EXTRACTION_FALLBACK: "Our reading service was unavailable, so a person checks.",
    RuleCode.TOO_MANY_LINES: "The request has more lines than we check automatically.",
    RuleCode.QUANTITY_OUT_OF_RANGE: "A quantity is larger than any one claim, so a person checks.",
}

# Actions the customer sees; carrier and supplier claims and recounts are internal.
ACTIONS: dict[ActionType, str | None] = {
    ActionType.RMA: "Return authorization (RMA)",
    ActionType.DISPOSAL_AUTH: "Permission to dispose of the goods",
    ActionType.CREDIT_MEMO: "Credit note",
    ActionType.CARRIER_CLAIM: None,
    ActionType.SUPPLIER_CLAIM: None,
    ActionType.RECOUNT_TASK: None,
    ActionType.REPLACEMENT_ORDER: "Replacement order",
    ActionType.CUSTOMER_NOTICE: "Message to you",
}

ACTION_STATUSES: dict[ActionStatus, str] = {
    ActionStatus.PROPOSED: "waiting for review",
    ActionStatus.CREATED: "issued",
    ActionStatus.SENT: "sent",
    ActionStatus.PROVISIONAL: "provisional",
    ActionStatus.PENDING_INSPECTION: "after we inspect the returned goods",
    ActionStatus.PENDING_RECOUNT: "after our warehouse recounts",
    ActionStatus.POSTED: "posted to your account",
    ActionStatus.OPEN: "open",
    ActionStatus.RECEIVED: "goods received",
    ActionStatus.DONE: "done",
    ActionStatus.CANCELLED: "cancelled",
}

OUTCOMES: dict[Outcome, str] = {
    Outcome.CASES_OPENED: "Read: see the cases below",
    Outcome.NOT_A_CLAIM: "Read: we found no return or delivery problem in it",
    Outcome.DUPLICATE: "Already received",
    Outcome.NEEDS_REVIEW: "With our returns team: part of it could not be read by machine",
}

STATUSES: dict[str, str] = {
    RequestStatus.RECEIVED: "Received: waiting to be read",
    RequestStatus.PROCESSING: "Being read",
    RequestStatus.PROCESSED: "Read",
    RequestStatus.FAILED: "We could not read it automatically: our team will look at it",
}

CHANNELS: dict[str, str] = {
    "upload": "Upload",
    "form": "Portal form",
    "email": "Email",
    "edi": "EDI",
}


def plain(table: Mapping[Any, str | None], code: str | None) -> str:
    """The words for a code, or the code itself when it has none."""
    if code is None:
        return ""
    return table.get(code) or code.replace("_", " ").capitalize()


def customer_action(code: str) -> str | None:
    """The words for an action the customer sees; None for an internal or unknown one."""
    try:
        return ACTIONS[ActionType(code)]
    except ValueError:
        return None


# The review pages: the same codes as the returns team reads them.
STAFF_DECISIONS: dict[Decision, str] = {
    Decision.AUTO_APPROVED: "Approve",
    Decision.NEEDS_REVIEW: "Needs review",
    Decision.REJECTED: "Reject",
    Decision.NEEDS_INFO: "Needs information",
}

STAFF_ACTIONS: dict[ActionType, str] = {
    ActionType.RMA: "Return authorization (RMA)",
    ActionType.DISPOSAL_AUTH: "Disposal authorization",
    ActionType.CREDIT_MEMO: "Credit memo",
    ActionType.CARRIER_CLAIM: "Claim against the carrier",
    ActionType.SUPPLIER_CLAIM: "Claim against the supplier",
    ActionType.RECOUNT_TASK: "Warehouse recount",
    ActionType.REPLACEMENT_ORDER: "Replacement order",
    ActionType.CUSTOMER_NOTICE: "Message to the customer",
}

CASE_STATUSES: dict[str, str] = {
    "IN_REVIEW": "Waiting for review",
    "WAITING_FOR_INFO": "Waiting for information",
    "APPROVED": "Approved",
    "REJECTED": "Rejected",
    "CLOSED": "Closed",
    "CANCELLED": "Cancelled",
}

EVENTS: dict[str, str] = {
    "opened": "Opened",
    "corrected": "Corrected",
    "approved": "Approved",
    "rejected": "Rejected",
    "taken_over": "Taken over",
    "reopened": "Opened from a message that was not a claim",
}
