"""Anomalies that are statistically honest: which segments claim more than they should.

Pure: cells in, findings out; no database, no clock. For each kind of segment and
metric (carrier × lane damage, site × pick zone shortage, …) and each period:

1. Expected. A segment's rate is its own history (earlier periods) shrunk towards the
   pooled rate of all its peers by empirical Bayes: a beta prior centred on the pooled
   rate, its strength (a pseudo-exposure) fitted by the method of moments from how much
   the segments' historical rates differ beyond binomial noise. A segment with little
   history is judged by the whole; one with much history, by itself.
2. A spike: the exact binomial upper tail P(X ≥ observed | exposure, expected rate).
3. Rising: a one-sided CUSUM of the segment's standardized excess over its periods; when
   it is above zero, the run since it last was zero is tested as a whole (an exact
   Poisson tail on the run's summed counts), so a rise spread over periods is seen
   before any single period is extreme.
4. Not enough data: fewer than MIN_HISTORY earlier periods, or an expected count below
   MIN_EXPECTED (a test there has no power, and silence would read as "all is well").
5. Benjamini–Hochberg across every test of a period (all segments, kinds, metrics and
   both tests), at FDR; a finding is an anomaly when its adjusted value is at most FDR.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from math import sqrt

from scipy import stats

MIN_HISTORY = 2  # earlier periods a segment is compared with
MIN_EXPECTED = 1.0  # below this many expected claims, a period is "not enough data"
FDR = 0.05  # Benjamini–Hochberg level across the tests of one period
CUSUM_SLACK = 0.5  # standard deviations of excess a period may show before it counts
# Bounds of the prior's pseudo-exposure: never ignore the whole, never ignore a segment.
MIN_STRENGTH, MAX_STRENGTH = 50.0, 100_000.0


class SegmentKind(StrEnum):
    CARRIER_LANE = "carrier_lane"  # carrier on shipping site → ship-to region
    SITE_PICK_ZONE = "site_pick_zone"
    ITEM_CATEGORY = "item_category"
    VENDOR = "vendor"


class Metric(StrEnum):
    DAMAGE_RATE = "damage_rate"  # shipments with a damage claim, per shipment
    SHORTAGE_RATE = "shortage_rate"  # shipment lines claimed short, per line picked
    CLAIM_RATE = "claim_rate"  # shipment lines with any goods claim, per line shipped
    DEFECT_RATE = "defect_rate"  # shipment lines claimed defective, per line shipped


class Check(StrEnum):
    SPIKE = "spike"
    RISING = "rising"


class Verdict(StrEnum):
    ANOMALY = "anomaly"
    NORMAL = "normal"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class Cell:
    """One segment in one period: how much was exposed, how much was claimed, by which cases."""

    kind: SegmentKind
    segment: str
    metric: Metric
    period: date  # the first day of the period
    exposure: int
    observed: int
    cases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    kind: SegmentKind
    segment: str
    metric: Metric
    period: date  # the period judged (for a rising run: its last period)
    test: Check
    verdict: Verdict
    observed: int
    expected: float
    exposure: int
    since: date  # the run's first period (the period itself for a spike)
    p_value: float | None = None
    q_value: float | None = None  # Benjamini–Hochberg adjusted
    cases: tuple[str, ...] = field(default=())


@dataclass
class _Series:
    """A segment's cells in period order, and what was expected of each."""

    cells: list[Cell]
    expected: list[float | None] = field(default_factory=list)


def find_anomalies(cells: Iterable[Cell], *, fdr: float = FDR) -> list[Finding]:
    """Every judged segment-period (anomalies, normal, not enough data), BH-adjusted per period."""
    groups: dict[tuple[SegmentKind, Metric], dict[str, list[Cell]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for cell in cells:
        groups[(cell.kind, cell.metric)][cell.segment].append(cell)
    findings: list[Finding] = []
    for by_segment in groups.values():
        findings.extend(_judge_group(by_segment))
    return _adjust(findings, fdr)


def _judge_group(by_segment: dict[str, list[Cell]]) -> list[Finding]:
    """Judge every segment of one kind and metric, period by period."""
    series = {
        name: _Series(sorted(cells, key=lambda c: c.period)) for name, cells in by_segment.items()
    }
    periods = sorted({cell.period for s in series.values() for cell in s.cells})
    findings: list[Finding] = []
    for period in periods:
        history = [[c for c in s.cells if c.period < period] for s in series.values()]
        pooled, strength = _prior(history)
        for s in series.values():
            index = next((i for i, c in enumerate(s.cells) if c.period == period), None)
            if index is None:
                continue
            expected = _expected(s.cells[:index], s.cells[index], pooled, strength)
            s.expected.append(expected)
            findings.extend(_judge(s, index))
    return findings


def _prior(history: Sequence[Sequence[Cell]]) -> tuple[float, float]:
    """The pooled rate of the segments' history and the prior's strength (pseudo-exposure)."""
    totals = [(sum(c.observed for c in h), sum(c.exposure for c in h)) for h in history]
    totals = [(x, n) for x, n in totals if n > 0]
    exposure = sum(n for _, n in totals)
    if exposure == 0:
        return 0.0, MAX_STRENGTH
    pooled = sum(x for x, _ in totals) / exposure
    if pooled <= 0.0 or pooled >= 1.0 or len(totals) < 2:
        return pooled, MAX_STRENGTH
    # Method of moments: the spread of rates beyond what binomial noise alone explains.
    spread = sum(n * (x / n - pooled) ** 2 for x, n in totals) / exposure
    noise = pooled * (1 - pooled) * len(totals) / exposure
    between = spread - noise
    if between <= 0:
        return pooled, MAX_STRENGTH
    strength = pooled * (1 - pooled) / between - 1
    return pooled, min(max(strength, MIN_STRENGTH), MAX_STRENGTH)


def _expected(earlier: Sequence[Cell], cell: Cell, pooled: float, strength: float) -> float | None:
    """Expected claims of the cell from the shrunk rate; None when history is too short."""
    if len(earlier) < MIN_HISTORY or cell.exposure == 0:
        return None
    seen = sum(c.observed for c in earlier)
    exposed = sum(c.exposure for c in earlier)
    rate = (seen + strength * pooled) / (exposed + strength)
    return cell.exposure * rate


def _judge(series: _Series, index: int) -> list[Finding]:
    """The spike test of the cell at index, and the rising test of the run ending there."""
    cell, expected = series.cells[index], series.expected[index]
    if expected is None or expected < MIN_EXPECTED:
        return [_finding(cell, Check.SPIKE, Verdict.NOT_ENOUGH_DATA, expected or 0.0, cell)]
    rate = min(expected / cell.exposure, 1.0)
    spike_p = float(stats.binom.sf(cell.observed - 1, cell.exposure, rate))
    found = [_finding(cell, Check.SPIKE, Verdict.NORMAL, expected, cell, p_value=spike_p)]
    run = _rising_run(series, index)
    if len(run) >= 2:
        observed = sum(series.cells[i].observed for i in run)
        run_expected = sum(series.expected[i] or 0.0 for i in run)
        p = float(stats.poisson.sf(observed - 1, run_expected))
        first = series.cells[run[0]]
        found.append(
            Finding(
                kind=cell.kind,
                segment=cell.segment,
                metric=cell.metric,
                period=cell.period,
                test=Check.RISING,
                verdict=Verdict.NORMAL,
                observed=observed,
                expected=run_expected,
                exposure=sum(series.cells[i].exposure for i in run),
                since=first.period,
                p_value=p,
                cases=tuple(c for i in run for c in series.cells[i].cases),
            )
        )
    return found


def _rising_run(series: _Series, index: int) -> list[int]:
    """The periods since the CUSUM of standardized excess last stood at zero (empty: at zero)."""
    total, start = 0.0, None
    for i in range(index + 1):
        expected = series.expected[i] if i < len(series.expected) else None
        if expected is None or expected < MIN_EXPECTED:
            total, start = 0.0, None
            continue
        excess = (series.cells[i].observed - expected) / sqrt(expected)
        total = max(0.0, total + excess - CUSUM_SLACK)
        if total == 0.0:
            start = None
        elif start is None:
            start = i
    return [] if start is None else list(range(start, index + 1))


def _finding(
    cell: Cell,
    test: Check,
    verdict: Verdict,
    expected: float,
    cases_of: Cell,
    *,
    p_value: float | None = None,
) -> Finding:
    return Finding(
        kind=cell.kind,
        segment=cell.segment,
        metric=cell.metric,
        period=cell.period,
        test=test,
        verdict=verdict,
        observed=cell.observed,
        expected=expected,
        exposure=cell.exposure,
        since=cell.period,
        p_value=p_value,
        cases=cases_of.cases,
    )


def _adjust(findings: list[Finding], fdr: float) -> list[Finding]:
    """Benjamini–Hochberg across the tests of each period; anomalies where q ≤ fdr."""
    by_period: dict[date, list[int]] = defaultdict(list)
    for i, finding in enumerate(findings):
        if finding.p_value is not None:
            by_period[finding.period].append(i)
    adjusted = list(findings)
    for indexes in by_period.values():
        ps = [findings[i].p_value or 0.0 for i in indexes]
        qs = stats.false_discovery_control(ps, method="bh")
        for i, q in zip(indexes, qs, strict=True):
            verdict = Verdict.ANOMALY if q <= fdr else Verdict.NORMAL
            adjusted[i] = _with(findings[i], q_value=float(q), verdict=verdict)
    return adjusted


def _with(finding: Finding, *, q_value: float, verdict: Verdict) -> Finding:
    return replace(finding, q_value=q_value, verdict=verdict)
