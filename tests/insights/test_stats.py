"""The anomaly statistics on hand-made cells and on the generated history (no database)."""

from datetime import date

import pytest
from scipy import stats

from app.insights.segments import build_cells
from app.insights.stats import (
    MIN_EXPECTED,
    Cell,
    Check,
    Metric,
    SegmentKind,
    Verdict,
    find_anomalies,
)
from tests.insights.history import make_history

MONTHS = [date(2026, m, 1) for m in range(1, 7)]


def _cells(counts: dict[str, list[int]], exposure: int = 1000) -> list[Cell]:
    return [
        Cell(
            SegmentKind.CARRIER_LANE,
            name,
            Metric.DAMAGE_RATE,
            month,
            exposure,
            x,
            (f"c-{name}-{i}",),
        )
        for name, observed in counts.items()
        for i, (month, x) in enumerate(zip(MONTHS, observed, strict=False))
    ]


def _anomalies(findings: list) -> set[tuple[str, date, Check]]:
    return {(f.segment, f.period, f.test) for f in findings if f.verdict == Verdict.ANOMALY}


def test_a_spike_is_an_exact_binomial_tail_against_the_shrunk_history() -> None:
    counts = {f"L{i}": [10, 10, 10, 10] for i in range(6)}
    counts["L0"] = [10, 10, 10, 40]
    findings = find_anomalies(_cells(counts))
    assert _anomalies(findings) == {("L0", MONTHS[3], Check.SPIKE)}
    [spike] = [
        f for f in findings if f.segment == "L0" and f.period == MONTHS[3] and f.test == Check.SPIKE
    ]
    assert spike.observed == 40
    assert spike.expected == pytest.approx(10.0)  # every history is 1%: shrunk to 1%
    assert spike.p_value == pytest.approx(stats.binom.sf(39, 1000, spike.expected / 1000))
    assert spike.cases == ("c-L0-3",)


def test_the_first_periods_and_small_segments_are_not_enough_data() -> None:
    counts = {f"L{i}": [10, 10, 10, 10] for i in range(4)}
    findings = find_anomalies(_cells(counts) + _cells({"tiny": [0, 0, 0, 3]}, exposure=20))
    first = {f.verdict for f in findings if f.period in MONTHS[:2]}
    assert first == {Verdict.NOT_ENOUGH_DATA}
    tiny = [f for f in findings if f.segment == "tiny" and f.period == MONTHS[3]]
    assert [f.verdict for f in tiny] == [Verdict.NOT_ENOUGH_DATA]  # 3 of 20 is loud, but
    assert tiny[0].expected < MIN_EXPECTED  # under one claim expected proves nothing


def test_a_rise_spread_over_periods_is_found_by_the_cusum_run() -> None:
    counts = {f"L{i}": [20, 20, 20, 20, 20, 20] for i in range(8)}
    counts["L0"] = [20, 20, 29, 29, 29, 29]  # no single month is extreme
    findings = find_anomalies(_cells(counts, exposure=2000))
    found = _anomalies(findings)
    assert not any(t == Check.SPIKE for _, _, t in found)
    assert ("L0", MONTHS[5], Check.RISING) in found
    [run] = [
        f
        for f in findings
        if f.segment == "L0" and f.period == MONTHS[5] and f.test == Check.RISING
    ]
    assert run.since == MONTHS[2]
    assert run.observed == 4 * 29


def test_benjamini_hochberg_keeps_a_lone_moderate_excess_quiet() -> None:
    counts = {f"L{i}": [10, 10, 10, 10] for i in range(40)}
    counts["L0"] = [10, 10, 10, 18]  # p ≈ 0.01 alone; one of 40 tests
    assert _anomalies(find_anomalies(_cells(counts))) == set()


def test_the_planted_problems_are_found_and_noise_segments_stay_quiet() -> None:
    shipments, claims = make_history.history(make_history.SEED).facts()
    found = {
        (f.kind, f.segment)
        for f in find_anomalies(build_cells(shipments, claims))
        if f.verdict == Verdict.ANOMALY
    }
    damage = (SegmentKind.CARRIER_LANE, make_history.PLANTED_DAMAGE.segment)
    shortage = (SegmentKind.SITE_PICK_ZONE, make_history.PLANTED_SHORTAGE.segment)
    assert {damage, shortage} <= found
    # A product line carries the planted claims too; every other lane, zone and vendor is noise.
    assert {f for f in found if f[0] != SegmentKind.ITEM_CATEGORY} == {damage, shortage}


def test_noise_only_history_raises_under_one_percent_false_alarms() -> None:
    judged = flagged = 0
    for seed in range(100, 106):
        shipments, claims = make_history.history(seed, planted=False).facts()
        findings = find_anomalies(build_cells(shipments, claims))
        judged += len(
            {
                (f.kind, f.segment, f.period)
                for f in findings
                if f.verdict != Verdict.NOT_ENOUGH_DATA
            }
        )
        flagged += len(
            {(f.kind, f.segment, f.period) for f in findings if f.verdict == Verdict.ANOMALY}
        )
    assert judged > 400
    assert flagged / judged <= 0.01
