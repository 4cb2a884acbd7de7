"""The read model: each case as the dashboard counts it, and the ERP's shipments as exposure.

Read in a few queries from the core's tables and the ERP copy (JSON kept whole, read
here through small pydantic models of the keys the figures need). What the ERP data
does not give (a ship-to region, a pick zone, a category) stays None and shows as
"unknown"; nothing is invented.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit import LEDGER
from app.cases.later_events import LATER_EVENT
from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseEvent
from app.erp.tables import ErpItem, ErpShipment
from app.insights.segments import ClaimFact, ShipmentFact, ShippedLine
from app.requests.tables import InboundRequest
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode

SYSTEM = "system"  # the actor of what the service did by itself (app/cases/service.py)
DECIDING_KINDS = ("approved", "rejected")
NOT_CARRIED_OUT = frozenset({ActionStatus.PROPOSED, ActionStatus.CANCELLED})
RECOVERY = {ActionType.CARRIER_CLAIM: "carrier", ActionType.SUPPLIER_CLAIM: "supplier"}


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _ShipTo(_Record):
    region: str | None = None


class _ShipmentLine(_Record):
    sku: str
    pick_zone: str | None = None


class _Shipment(_Record):
    """The keys of an ERP shipment the figures use (erp-data.md)."""

    shipment_id: str
    order_number: str
    site: str
    carrier: str
    ship_date: date
    ship_to: _ShipTo | None = None
    lines: tuple[_ShipmentLine, ...] = ()


class _Item(_Record):
    sku: str
    category: str | None = None
    vendor_id: str | None = None


class _Decided(_Record):
    decision: str | None = None


class _Correction(_Record):
    """What a correction's event records (app/cases/corrections.py): the case before and after."""

    before: _Decided
    after: _Decided


R = TypeVar("R", bound=_Record)


@dataclass(frozen=True)
class CaseFact:
    """One case as the dashboard counts it."""

    case_id: str
    type: ReasonCode
    decision: Decision  # the decision it was opened with
    status: CaseStatus
    customer_id: str | None
    reasons: tuple[str, ...]
    received_date: date  # the policy's received date: periods and trends
    taken_in_at: datetime  # when the service took the request in: cycle times start here
    opened_at: datetime
    decided_at: datetime | None  # approved or rejected, by the rules or a person
    resolved_at: datetime | None  # decided and every action carried out, or closed
    touches: int  # what people did on it (corrections, approvals, take-overs, …)
    overridden: bool  # a correction changed its decision
    credit_proposed: Decimal
    credit_approved: Decimal
    credit_posted: Decimal
    recovery: dict[str, Decimal]  # "carrier"/"supplier" → the amount raised
    sites: frozenset[str]
    carriers: frozenset[str]
    lanes: frozenset[str]
    categories: frozenset[str]

    @property
    def straight_through(self) -> bool:
        """Decided by the rules alone, with nobody touching it."""
        return self.decision == Decision.AUTO_APPROVED and self.touches == 0


# A ledger seals what a change did (not a change itself); a later event comes from the ERP
# or the warehouse, not from a person at the returns desk.
NOT_TOUCHES = frozenset({LEDGER, LATER_EVENT})


@dataclass(frozen=True)
class ReadModel:
    cases: list[CaseFact]
    shipments: list[ShipmentFact]
    claims: list[ClaimFact]
    unknown_regions: int  # shipments without a ship-to region (their lane is "unknown")
    unknown_zones: int  # shipment lines without a pick zone


def read_model(session: Session) -> ReadModel:
    """Every case with its figures, every shipment as exposure, every claim placed on one."""
    items = {item.sku: item for item in _items(session)}
    shipments = [_shipment_fact(s, items) for s in _shipments(session)]
    by_order: dict[str, list[ShipmentFact]] = defaultdict(list)
    for shipment in shipments:
        by_order[shipment.order_number].append(shipment)
    events = _events(session)
    cases: list[CaseFact] = []
    claims: list[ClaimFact] = []
    for case, request in session.execute(
        select(Case, InboundRequest).join(InboundRequest, InboundRequest.id == Case.request_id)
    ).all():
        placed = _placed(case, by_order.get(case.order_number or "", []))
        claims.extend(placed.values())
        carried = {placed_shipment for placed_shipment, _ in placed}
        cases.append(_case_fact(case, request, events.get(case.id, []), carried, shipments))
    return ReadModel(
        cases=cases,
        shipments=shipments,
        claims=claims,
        unknown_regions=sum(1 for s in shipments if s.region is None),
        unknown_zones=sum(1 for s in shipments for line in s.lines if line.pick_zone is None),
    )


def _items(session: Session) -> list[_Item]:
    return list(_parse(_Item, session.scalars(select(ErpItem.data))))


def _shipments(session: Session) -> list[_Shipment]:
    return list(_parse(_Shipment, session.scalars(select(ErpShipment.data))))


def _parse(model: type[R], rows: Iterable[dict[str, Any]]) -> Iterable[R]:
    for row in rows:
        try:
            yield model.model_validate(row)
        except ValidationError:
            continue  # the loader checked the format; a record it let in is skipped, not fatal


def _shipment_fact(shipment: _Shipment, items: dict[str, _Item]) -> ShipmentFact:
    return ShipmentFact(
        shipment_id=shipment.shipment_id,
        order_number=shipment.order_number,
        ship_date=shipment.ship_date,
        site=shipment.site,
        carrier=shipment.carrier,
        region=shipment.ship_to.region if shipment.ship_to else None,
        lines=tuple(
            ShippedLine(
                sku=line.sku,
                pick_zone=line.pick_zone,
                category=items[line.sku].category if line.sku in items else None,
                vendor=items[line.sku].vendor_id if line.sku in items else None,
            )
            for line in shipment.lines
        ),
    )


def _placed(case: Case, shipments: list[ShipmentFact]) -> dict[tuple[str, str], ClaimFact]:
    """Each claimed SKU of the case on the first shipment of its order that carried it."""
    placed: dict[tuple[str, str], ClaimFact] = {}
    if case.status == CaseStatus.CANCELLED:
        return placed  # withdrawn: claims nothing
    ordered = sorted(shipments, key=lambda s: (s.ship_date, s.shipment_id))
    for line in case.lines:
        if line.sku is None:  # a refused line was still claimed: it counts
            continue
        carrier = next((s for s in ordered if any(x.sku == line.sku for x in s.lines)), None)
        if carrier is None:
            continue
        reason = ReasonCode(line.reason) if line.reason in set(ReasonCode) else case.type
        placed[(carrier.shipment_id, line.sku)] = ClaimFact(
            case.id, carrier.shipment_id, line.sku, reason
        )
    return placed


def _events(session: Session) -> dict[str, list[CaseEvent]]:
    found: dict[str, list[CaseEvent]] = defaultdict(list)
    for event in session.scalars(select(CaseEvent).order_by(CaseEvent.seq)):
        found[event.case_id].append(event)
    return found


def _case_fact(
    case: Case,
    request: InboundRequest,
    events: list[CaseEvent],
    carried_by: set[str],
    shipments: list[ShipmentFact],
) -> CaseFact:
    mine = [s for s in shipments if s.shipment_id in carried_by]
    decided_at = _decided_at(case, events)
    credits = [a for a in case.actions if a.type == ActionType.CREDIT_MEMO]
    recovery: dict[str, Decimal] = defaultdict(Decimal)
    for action in case.actions:
        if action.type in RECOVERY and action.status not in NOT_CARRIED_OUT:
            recovery[RECOVERY[ActionType(action.type)]] += action.amount or case.credit_total
    return CaseFact(
        case_id=case.id,
        type=ReasonCode(case.type),
        decision=Decision(case.decision),
        status=CaseStatus(case.status),
        customer_id=case.customer_id,
        reasons=tuple(case.reasons),
        received_date=request.received_date,
        taken_in_at=request.created_at,
        opened_at=case.created_at,
        decided_at=decided_at,
        resolved_at=_resolved_at(case, events, decided_at),
        touches=sum(1 for e in events if e.actor != SYSTEM and e.kind not in NOT_TOUCHES),
        overridden=any(_changed_decision(e) for e in events if e.kind == "corrected"),
        credit_proposed=sum((a.amount or Decimal(0) for a in credits), Decimal(0)),
        credit_approved=sum(
            (a.amount or Decimal(0) for a in credits if a.status not in NOT_CARRIED_OUT),
            Decimal(0),
        ),
        credit_posted=sum(
            (a.amount or Decimal(0) for a in credits if a.status == ActionStatus.POSTED),
            Decimal(0),
        ),
        recovery=dict(recovery),
        sites=frozenset(s.site for s in mine),
        carriers=frozenset(s.carrier for s in mine),
        lanes=frozenset(s.lane for s in mine),
        categories=frozenset(
            line.category or "unknown"
            for s in mine
            for line in s.lines
            if any(cl.sku == line.sku for cl in case.lines)
        ),
    )


def _decided_at(case: Case, events: list[CaseEvent]) -> datetime | None:
    """When a person approved or rejected it, else its opening if the rules decided it."""
    if case.status in (CaseStatus.IN_REVIEW, CaseStatus.WAITING_FOR_INFO):
        return None
    by_person = [e.at for e in events if e.kind in DECIDING_KINDS]
    if by_person:
        return by_person[-1]
    return case.created_at if case.decision != Decision.NEEDS_REVIEW else None


def _resolved_at(
    case: Case, events: list[CaseEvent], decided_at: datetime | None
) -> datetime | None:
    """Closed, or decided with nothing left to carry out (the last action's time)."""
    closed = [e.at for e in events if e.kind == "closed"]
    if closed:
        return closed[-1]
    if decided_at is None or any(a.status == ActionStatus.PROPOSED for a in case.actions):
        return None
    done = [a.carried_out_at for a in case.actions if a.carried_out_at is not None]
    return max([decided_at, *done])


def _changed_decision(event: CaseEvent) -> bool:
    try:
        correction = _Correction.model_validate(event.details)
    except ValidationError:
        return False
    return correction.before.decision != correction.after.decision
