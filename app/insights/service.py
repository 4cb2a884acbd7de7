"""The insights a page or a command asks for: the dashboard, the cases behind a figure,
the anomaly report and CSV tables. Reads only; the caller's transaction is left as it was.
"""

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.insights.charts import BarChart, bar_chart
from app.insights.facts import CaseFact, ReadModel, read_model
from app.insights.figures import (
    AGING,
    Dashboard,
    Filters,
    Subset,
    aging_bucket,
    dashboard,
    subset_test,
)
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
    aged: int | None = None,
) -> list[CaseFact]:
    """The cases behind a figure (or named ones, e.g. an anomaly's; or waiting ones of one
    aging bucket, an index into AGING), newest first."""
    wanted = subset_test(subset, now)
    bucket = AGING[aged][0] if aged is not None else None
    chosen = [
        case
        for case in read_model(session).cases
        if filters.matches(case)
        and wanted(case)
        and (not case_ids or case.case_id in case_ids)
        and (bucket is None or aging_bucket(case, now) == bucket)
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


@dataclass(frozen=True)
class Options:
    """The values each filter can take, from the cases."""

    sites: list[str]
    carriers: list[str]
    lanes: list[str]
    categories: list[str]
    customers: list[str]
    reasons: list[str]


@dataclass(frozen=True)
class InsightsPage:
    dashboard: Dashboard
    report: AnomalyReport
    options: Options
    charts: list[BarChart]


def insights_page(*, session: Session, filters: Filters, now: datetime) -> InsightsPage:
    """The dashboard, its charts and the anomalies from the filters' first month on."""
    model = read_model(session)
    figures = dashboard(model.cases, filters, now)
    return InsightsPage(
        dashboard=figures,
        report=report_of(model, filters.since),
        options=_options(model.cases),
        charts=_charts(figures, filters),
    )


def _options(cases: list[CaseFact]) -> Options:
    def values(of: Callable[[CaseFact], Iterable[str | None]]) -> list[str]:
        return sorted({v for case in cases for v in of(case) if v})

    return Options(
        sites=values(lambda c: c.sites),
        carriers=values(lambda c: c.carriers),
        lanes=values(lambda c: c.lanes),
        categories=values(lambda c: c.categories),
        customers=values(lambda c: [c.customer_id]),
        reasons=values(lambda c: [c.type.value]),
    )


def _charts(figures: Dashboard, filters: Filters) -> list[BarChart]:
    """Cases a week and the straight-through share a week, each bar linking to its cases."""

    def week_link(start: date, subset: Subset) -> str:
        week = replace(filters, since=start, until=start + timedelta(days=6))
        return "/insights/cases?" + week.query(subset=subset.value)

    weeks = figures.weeks
    return [
        bar_chart(
            title="Cases a week (by received date)",
            points=[(f"{w.start:%d %b}", w.cases, week_link(w.start, Subset.ALL)) for w in weeks],
        ),
        bar_chart(
            title="Straight-through share a week",
            points=[
                (
                    f"{w.start:%d %b}",
                    w.straight_through_pct or 0.0,
                    week_link(w.start, Subset.STRAIGHT_THROUGH),
                )
                for w in weeks
            ],
            unit="%",
            top=100.0,
        ),
    ]


TABLE_HEADER = ["key", "cases", "straight_through_pct", "credit_proposed", "recovery"]


def csv_of(*, session: Session, table: str, filters: Filters, now: datetime) -> str | None:
    """A table of the dashboard as CSV (None: no such table)."""
    model = read_model(session)
    if table == "anomalies":
        found = report_of(model, filters.since).anomalies
        header = [*Anomaly.model_fields]
        return table_csv(header, [[_cell(getattr(a, k)) for k in header] for a in found])
    figures = dashboard(model.cases, filters, now)
    if table == "weeks":
        rows = [[w.start, w.cases, w.straight_through_pct] for w in figures.weeks]
        return table_csv(["week", "cases", "straight_through_pct"], rows)
    if table not in figures.tables:
        return None
    return table_csv(
        [table, *TABLE_HEADER[1:]],
        [
            [r.key, r.cases, r.straight_through_pct, r.credit_proposed, r.recovery]
            for r in figures.tables[table]
        ],
    )


CASE_HEADER = [
    "case_id",
    "received_date",
    "type",
    "decision",
    "status",
    "customer_id",
    "lanes",
    "credit_proposed",
]


def cases_csv(cases: list[CaseFact]) -> str:
    """The cases behind a figure as CSV."""
    return table_csv(
        CASE_HEADER,
        [
            [
                c.case_id,
                c.received_date,
                c.type.value,
                c.decision.value,
                c.status.value,
                c.customer_id,
                " ".join(sorted(c.lanes)),
                c.credit_proposed,
            ]
            for c in cases
        ],
    )


def _cell(value: object) -> object:
    return " ".join(value) if isinstance(value, list) else value


def table_csv(header: list[str], rows: Iterable[Sequence[object]]) -> str:
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
