"""The insights a page or a command asks for: the dashboard, the cases behind a figure,
the anomaly report and CSV tables. Reads only; the caller's transaction is left as it was.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.insights.facts import CaseFact, ReadModel, read_model
from app.insights.figures import Dashboard, Filters, Subset, dashboard, subset_test
from app.insights.segments import build_cells
from app.insights.stats import Finding, Verdict, find_anomalies

MAX_CASES_SHOWN = 500


class Anomaly(BaseModel):
    """One anomaly as `intake insights anomalies --json` prints it (one object a line)."""

    segment: str = Field(description="e.g. 'XPO-LTL DC-EAST → NJ' or 'DC-WEST / B-04'")
    segment_kind: str = Field(description="carrier_lane, site_pick_zone, item_category, vendor")
    metric: str = Field(description="damage_rate, shortage_rate, claim_rate, defect_rate")
    test: str = Field(description="spike: one period; rising: a CUSUM run of periods")
    period: date = Field(description="the month judged (a rising run's last month)")
    since: date = Field(description="the first month counted")
    observed: int
    expected: float
    exposure: int = Field(description="shipments (damage) or shipment lines (the others)")
    p_value: float = Field(description="exact binomial (spike) or Poisson (rising) upper tail")
    q_value: float = Field(description="Benjamini–Hochberg adjusted across the period's tests")
    cases: list[str]


@dataclass(frozen=True)
class AnomalyReport:
    anomalies: list[Anomaly]
    judged: int  # segment-periods tested
    not_enough_data: int  # segment-periods too small or too new to judge
    unknown_regions: int  # shipments whose lane is unknown (no ship-to region in the ERP data)
    unknown_zones: int  # shipment lines without a pick zone


def overview(*, session: Session, filters: Filters, now: datetime) -> Dashboard:
    """Every figure of the dashboard over the cases the filters select."""
    return dashboard(read_model(session).cases, filters, now)


def cases_behind(
    *,
    session: Session,
    filters: Filters,
    subset: Subset,
    now: datetime,
    case_ids: frozenset[str] = frozenset(),
) -> list[CaseFact]:
    """The cases behind a figure (or named ones, e.g. an anomaly's), newest first."""
    wanted = subset_test(subset, now)
    chosen = [
        case
        for case in read_model(session).cases
        if filters.matches(case) and wanted(case) and (not case_ids or case.case_id in case_ids)
    ]
    return sorted(chosen, key=lambda c: (c.received_date, c.case_id), reverse=True)[
        :MAX_CASES_SHOWN
    ]


def anomaly_report(*, session: Session, since: date | None = None) -> AnomalyReport:
    """The anomalies of every period from `since` on, with what could not be judged."""
    model = read_model(session)
    return report_of(model, since)


def report_of(model: ReadModel, since: date | None) -> AnomalyReport:
    findings = [
        f
        for f in find_anomalies(build_cells(model.shipments, model.claims))
        if since is None or f.period >= since.replace(day=1)
    ]
    judged = {(f.kind, f.segment, f.period) for f in findings}
    too_small = {
        (f.kind, f.segment, f.period) for f in findings if f.verdict == Verdict.NOT_ENOUGH_DATA
    }
    return AnomalyReport(
        anomalies=[_anomaly(f) for f in findings if f.verdict == Verdict.ANOMALY],
        judged=len(judged - too_small),
        not_enough_data=len(too_small),
        unknown_regions=model.unknown_regions,
        unknown_zones=model.unknown_zones,
    )


def _anomaly(finding: Finding) -> Anomaly:
    return Anomaly(
        segment=finding.segment,
        segment_kind=finding.kind.value,
        metric=finding.metric.value,
        test=finding.test.value,
        period=finding.period,
        since=finding.since,
        observed=finding.observed,
        expected=round(finding.expected, 3),
        exposure=finding.exposure,
        p_value=finding.p_value if finding.p_value is not None else 1.0,
        q_value=finding.q_value if finding.q_value is not None else 1.0,
        cases=list(finding.cases),
    )


def table_csv(header: list[str], rows: list[list[object]]) -> str:
    """A table as CSV text (a cell that starts like a formula is quoted with a ')."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(value) for value in row])
    return out.getvalue()


def _safe(value: object) -> object:
    text = "" if value is None else value
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text
