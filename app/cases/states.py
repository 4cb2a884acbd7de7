"""The life of a case: its statuses and the only transitions allowed between them."""

from enum import StrEnum
from typing import assert_never

from app.errors import InvalidTransition
from rules.vocabulary import Decision


class CaseStatus(StrEnum):
    IN_REVIEW = "IN_REVIEW"  # waits for a reviewer
    WAITING_FOR_INFO = "WAITING_FOR_INFO"  # waits for the customer
    APPROVED = "APPROVED"  # actions carried out (automatically or by a reviewer)
    REJECTED = "REJECTED"
    CLOSED = "CLOSED"
    CANCELLED = "CANCELLED"


ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.IN_REVIEW: frozenset(
        {
            CaseStatus.APPROVED,
            CaseStatus.REJECTED,
            CaseStatus.WAITING_FOR_INFO,
            CaseStatus.CANCELLED,
        }
    ),
    CaseStatus.WAITING_FOR_INFO: frozenset(
        {CaseStatus.IN_REVIEW, CaseStatus.REJECTED, CaseStatus.CANCELLED}
    ),
    CaseStatus.APPROVED: frozenset({CaseStatus.CLOSED, CaseStatus.IN_REVIEW}),
    CaseStatus.REJECTED: frozenset({CaseStatus.IN_REVIEW, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
    CaseStatus.CANCELLED: frozenset(),
}

# A case in these statuses claims nothing (policy.md 4: "a rejected or cancelled case").
RELEASED = frozenset({CaseStatus.REJECTED, CaseStatus.CANCELLED})
# A case in these statuses waits for a person: it is in the queue, claimed and corrected.
WAITING = frozenset({CaseStatus.IN_REVIEW, CaseStatus.WAITING_FOR_INFO})


def initial_status(decision: Decision) -> CaseStatus:
    """The status a new case starts in, given the policy's decision."""
    match decision:
        case Decision.AUTO_APPROVED:
            return CaseStatus.APPROVED
        case Decision.NEEDS_REVIEW:
            return CaseStatus.IN_REVIEW
        case Decision.NEEDS_INFO:
            return CaseStatus.WAITING_FOR_INFO
        case Decision.REJECTED:
            return CaseStatus.REJECTED
        case _:
            assert_never(decision)


def check_transition(current: CaseStatus, target: CaseStatus) -> None:
    """Raise InvalidTransition unless the table allows current → target."""
    if target not in ALLOWED[current]:
        raise InvalidTransition(current, target)
