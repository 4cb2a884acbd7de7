"""Later events (policy.md section 7): what an inspection, a recount or a receipt moves on.

Pure: the service (app/cases/later_events.py) reads the case and applies what this says.
"""

from enum import StrEnum

from rules.facts import ItemFacts
from rules.vocabulary import ActionStatus


class InspectionResult(StrEnum):
    GOOD = "GOOD"
    DAMAGED = "DAMAGED"


class Disposition(StrEnum):
    RESTOCK = "RESTOCK"
    SCRAP = "SCRAP"
    RETURN_TO_VENDOR = "RETURN_TO_VENDOR"


# A credit memo in these statuses waits for something before it is posted.
PENDING_CREDIT = frozenset(
    {ActionStatus.PENDING_INSPECTION, ActionStatus.PENDING_RECOUNT, ActionStatus.PROVISIONAL}
)


def disposition(result: InspectionResult, item: ItemFacts | None) -> Disposition:
    """GOOD goods go back to stock; DAMAGED ones to the vendor if it takes them, else scrap."""
    if result == InspectionResult.GOOD:
        return Disposition.RESTOCK
    if item is not None and item.vendor_rtv_allowed and item.vendor_id is not None:
        return Disposition.RETURN_TO_VENDOR
    return Disposition.SCRAP


def credit_after_recount(confirmed: bool) -> ActionStatus:
    """A confirmed shortage posts the pending credit; an unconfirmed one cancels it."""
    return ActionStatus.POSTED if confirmed else ActionStatus.CANCELLED
