"""The words of the returns policy: reason codes, decisions, rule codes, actions.

The policy owns this vocabulary (spec/policy.md); extractors and the app import it.
"""

from enum import StrEnum


class ReasonCode(StrEnum):
    """Why a customer asks about a line (policy.md section 2); also the case type."""

    DAMAGED = "DAMAGED"
    SHORT = "SHORT"
    WRONG_ITEM = "WRONG_ITEM"
    DEFECTIVE = "DEFECTIVE"
    NOT_NEEDED = "NOT_NEEDED"
    OVERSHIPPED = "OVERSHIPPED"
    PRICING = "PRICING"


class Decision(StrEnum):
    """The decision of a case (policy.md section 1)."""

    AUTO_APPROVED = "AUTO_APPROVED"
    NEEDS_REVIEW = "NEEDS_REVIEW"
    REJECTED = "REJECTED"
    NEEDS_INFO = "NEEDS_INFO"


class RuleCode(StrEnum):
    """The code a failed rule adds to a case (policy.md sections 3 to 5)."""

    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    CUSTOMER_NOT_IDENTIFIED = "CUSTOMER_NOT_IDENTIFIED"
    CUSTOMER_ORDER_MISMATCH = "CUSTOMER_ORDER_MISMATCH"
    SENDER_UNVERIFIED = "SENDER_UNVERIFIED"
    SKU_NOT_ON_ORDER = "SKU_NOT_ON_ORDER"
    QTY_EXCEEDS_AVAILABLE = "QTY_EXCEEDS_AVAILABLE"
    LATE_CLAIM = "LATE_CLAIM"
    OUTSIDE_RETURN_WINDOW = "OUTSIDE_RETURN_WINDOW"
    OUT_OF_WARRANTY = "OUT_OF_WARRANTY"
    NON_RETURNABLE = "NON_RETURNABLE"
    NON_RETURNABLE_ITEM = "NON_RETURNABLE_ITEM"
    NO_PRICE_VARIANCE = "NO_PRICE_VARIANCE"
    DUPLICATE_REQUEST = "DUPLICATE_REQUEST"
    LOW_CONFIDENCE = "LOW_CONFIDENCE"
    CREDIT_ABOVE_LIMIT = "CREDIT_ABOVE_LIMIT"
    # Beyond policy.md's table: a document of the request could not be read, so a
    # person must see what the rules could not (issue: documents that cannot be read).
    DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE"
    # Also beyond the table: the configured LLM did not answer and the built-in extractor
    # read the request instead, so a person checks (issue: extraction falls back to review).
    EXTRACTION_FALLBACK = "EXTRACTION_FALLBACK"
    # Also beyond the table (issue 16): limits that send a request to a person whole.
    # More claim lines than the configured limit: no line is checked or priced.
    TOO_MANY_LINES = "TOO_MANY_LINES"
    # A quantity below 0 or above MAX_CLAIM_QUANTITY: neither counted nor priced.
    QUANTITY_OUT_OF_RANGE = "QUANTITY_OUT_OF_RANGE"


class ActionType(StrEnum):
    """What a case makes happen (policy.md section 7)."""

    RMA = "RMA"
    DISPOSAL_AUTH = "DISPOSAL_AUTH"
    CREDIT_MEMO = "CREDIT_MEMO"
    CARRIER_CLAIM = "CARRIER_CLAIM"
    SUPPLIER_CLAIM = "SUPPLIER_CLAIM"
    RECOUNT_TASK = "RECOUNT_TASK"
    REPLACEMENT_ORDER = "REPLACEMENT_ORDER"
    CUSTOMER_NOTICE = "CUSTOMER_NOTICE"


class ActionStatus(StrEnum):
    """Where an action stands; PROPOSED while its case waits for review."""

    PROPOSED = "PROPOSED"
    CREATED = "CREATED"
    SENT = "SENT"
    PROVISIONAL = "PROVISIONAL"
    PENDING_INSPECTION = "PENDING_INSPECTION"
    PENDING_RECOUNT = "PENDING_RECOUNT"
    POSTED = "POSTED"
    OPEN = "OPEN"
    RECEIVED = "RECEIVED"  # an RMA whose goods all came back
    DONE = "DONE"  # a recount task whose result came in
    CANCELLED = "CANCELLED"


class NoticeKind(StrEnum):
    """What a customer notice says."""

    ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT"
    REJECTION = "REJECTION"
    INFO_REQUEST = "INFO_REQUEST"
    SHORTAGE_NOT_CONFIRMED = "SHORTAGE_NOT_CONFIRMED"
    INFO_REMINDER = "INFO_REMINDER"  # a case waiting for information, once
    CLOSED_UNANSWERED = "CLOSED_UNANSWERED"  # and closed when it stayed unanswered


class Outcome(StrEnum):
    """What became of a request as a whole (spec/cli.md)."""

    CASES_OPENED = "CASES_OPENED"
    NOT_A_CLAIM = "NOT_A_CLAIM"
    DUPLICATE = "DUPLICATE"
    # Beyond cli.md (issue 16): no claim was read, but part of the message could not be
    # read (a limit, a broken file), so whether it is one is unknown: a person reads it.
    NEEDS_REVIEW = "NEEDS_REVIEW"


# Third-party carriers get a carrier claim; these codes mean no carrier was involved.
NO_CARRIER_CODES = frozenset({"OWN_FLEET", "CUSTOMER_PICKUP"})

# Reasons whose quantities count against what can still be returned (policy.md 4).
RETURN_REASONS = frozenset(
    {ReasonCode.DAMAGED, ReasonCode.WRONG_ITEM, ReasonCode.DEFECTIVE, ReasonCode.NOT_NEEDED}
)

# Decisions of an earlier case that still claim its quantities ("open or approved").
OPEN_DECISIONS = frozenset({Decision.AUTO_APPROVED, Decision.NEEDS_REVIEW, Decision.NEEDS_INFO})
