"""Shipments and claims into segment cells: what each segment shipped and what was claimed.

Pure: typed facts in (read from the ERP copy and the cases by app/insights/service.py,
or made by the history generator), cells out for app/insights/stats.py. A claim counts
against the shipment line that carried its SKU on its order, in the period of the
ship date, so a rate is claims per thing shipped in the same period.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.insights.stats import Cell, Metric, SegmentKind
from rules.vocabulary import ReasonCode

UNKNOWN = "unknown"  # a key the ERP data does not give: shown, never tested

GOODS_CLAIMS = frozenset(
    {ReasonCode.DAMAGED, ReasonCode.SHORT, ReasonCode.DEFECTIVE, ReasonCode.WRONG_ITEM}
)


@dataclass(frozen=True)
class ShippedLine:
    sku: str
    pick_zone: str | None
    category: str | None
    vendor: str | None


@dataclass(frozen=True)
class ShipmentFact:
    shipment_id: str
    order_number: str
    ship_date: date
    site: str
    carrier: str
    region: str | None  # the ship-to region; may be missing in the ERP data
    lines: tuple[ShippedLine, ...]

    @property
    def lane(self) -> str:
        return f"{self.site} → {self.region or UNKNOWN}"


@dataclass(frozen=True)
class ClaimFact:
    """One claimed line of a case, placed on the shipment that carried it."""

    case_id: str
    shipment_id: str
    sku: str
    reason: ReasonCode


def month_of(day: date) -> date:
    return day.replace(day=1)


# Which claims count against which segments, and how a segment is named from a line.
def _segments(shipment: ShipmentFact, line: ShippedLine) -> dict[SegmentKind, str]:
    return {
        SegmentKind.CARRIER_LANE: f"{shipment.carrier} {shipment.lane}",
        SegmentKind.SITE_PICK_ZONE: f"{shipment.site} / {line.pick_zone or UNKNOWN}",
        SegmentKind.ITEM_CATEGORY: line.category or UNKNOWN,
        SegmentKind.VENDOR: line.vendor or UNKNOWN,
    }


METRIC_OF: dict[SegmentKind, Metric] = {
    SegmentKind.CARRIER_LANE: Metric.DAMAGE_RATE,
    SegmentKind.SITE_PICK_ZONE: Metric.SHORTAGE_RATE,
    SegmentKind.ITEM_CATEGORY: Metric.CLAIM_RATE,
    SegmentKind.VENDOR: Metric.DEFECT_RATE,
}
REASONS_OF: dict[Metric, frozenset[ReasonCode]] = {
    Metric.DAMAGE_RATE: frozenset({ReasonCode.DAMAGED}),
    Metric.SHORTAGE_RATE: frozenset({ReasonCode.SHORT}),
    Metric.CLAIM_RATE: GOODS_CLAIMS,
    Metric.DEFECT_RATE: frozenset({ReasonCode.DEFECTIVE}),
}


@dataclass
class _Tally:
    exposure: int = 0
    observed: int = 0
    cases: set[str] | None = None


def build_cells(shipments: Iterable[ShipmentFact], claims: Iterable[ClaimFact]) -> list[Cell]:
    """One cell per segment and month; segments with an unknown key are left out."""
    claimed: dict[tuple[str, str], list[ClaimFact]] = defaultdict(list)
    for claim in claims:
        claimed[(claim.shipment_id, claim.sku)].append(claim)
    tallies: dict[tuple[SegmentKind, str, date], _Tally] = defaultdict(_Tally)
    for shipment in shipments:
        period = month_of(shipment.ship_date)
        lane_claims: list[ClaimFact] = []
        for line in shipment.lines:
            on_line = claimed.get((shipment.shipment_id, line.sku), [])
            lane_claims.extend(on_line)
            for kind, name in _segments(shipment, line).items():
                if kind == SegmentKind.CARRIER_LANE:
                    continue  # per shipment, below
                _count(tallies[(kind, name, period)], on_line, REASONS_OF[METRIC_OF[kind]])
        lane = (
            _segments(shipment, shipment.lines[0])[SegmentKind.CARRIER_LANE]
            if shipment.lines
            else ""
        )
        if lane:
            _count(
                tallies[(SegmentKind.CARRIER_LANE, lane, period)],
                lane_claims,
                REASONS_OF[Metric.DAMAGE_RATE],
            )
    return [
        Cell(
            kind=kind,
            segment=name,
            metric=METRIC_OF[kind],
            period=period,
            exposure=tally.exposure,
            observed=tally.observed,
            cases=tuple(sorted(tally.cases or ())),
        )
        for (kind, name, period), tally in sorted(tallies.items())
        if UNKNOWN not in name
    ]


def _count(tally: _Tally, claims: list[ClaimFact], reasons: frozenset[ReasonCode]) -> None:
    """One unit of exposure; observed when any of its claims is of the metric's reasons."""
    tally.exposure += 1
    hits = [claim for claim in claims if claim.reason in reasons]
    if hits:
        tally.observed += 1
        tally.cases = (tally.cases or set()) | {claim.case_id for claim in hits}
