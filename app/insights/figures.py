"""The dashboard's figures from the read model's cases: pure counting, no database, no clock.

Every figure is computed over the cases a filter selects, and every figure knows the
subset of those cases behind it (`Subset`), so the page can link each number to them.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from statistics import median, quantiles
from urllib.parse import urlencode

from app.cases.due import REVIEW_WITHIN
from app.cases.states import WAITING
from app.insights.facts import CaseFact

AGING = (  # exception aging buckets of the waiting cases: label, from, to
    ("under 1 day", timedelta(0), timedelta(days=1)),
    ("1–2 days", timedelta(days=1), timedelta(days=2)),
    ("2–7 days", timedelta(days=2), timedelta(days=7)),
    ("over 7 days", timedelta(days=7), timedelta.max),
)


@dataclass(frozen=True)
class Filters:
    """What the dashboard is narrowed to; empty strings and None mean no filter."""

    since: date | None = None  # received on or after
    until: date | None = None  # received on or before
    site: str = ""
    carrier: str = ""
    lane: str = ""  # "DC-EAST → PA"
    category: str = ""  # the product line
    customer: str = ""
    reason: str = ""  # the case type
    rule: str = ""  # a rule code among the case's reasons (a root cause)

    def query(self, **extra: str) -> str:
        """The filters (and extra parameters) as a URL query string, empty ones left out."""
        values = {
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "site": self.site,
            "carrier": self.carrier,
            "lane": self.lane,
            "category": self.category,
            "customer": self.customer,
            "reason": self.reason,
            "rule": self.rule,
            **extra,
        }
        return urlencode({k: v for k, v in values.items() if v})

    def matches(self, case: CaseFact) -> bool:
        checks = (
            self.since is None or case.received_date >= self.since,
            self.until is None or case.received_date <= self.until,
            not self.site or self.site in case.sites,
            not self.carrier or self.carrier in case.carriers,
            not self.lane or self.lane in case.lanes,
            not self.category or self.category in case.categories,
            not self.customer or case.customer_id == self.customer,
            not self.reason or case.type == self.reason,
            not self.rule or self.rule in case.reasons,
        )
        return all(checks)


class Subset(StrEnum):
    """The cases behind a figure."""

    ALL = "all"
    STRAIGHT_THROUGH = "straight_through"
    TOUCHED = "touched"
    OVERRIDDEN = "overridden"
    DECIDED = "decided"
    RESOLVED = "resolved"
    WAITING = "waiting"
    SLA_MISSED = "sla_missed"
    CREDIT = "credit"
    RECOVERY = "recovery"


def subset_test(subset: Subset, now: datetime) -> Callable[[CaseFact], bool]:
    """Whether a case is behind the figure."""
    tests: dict[Subset, Callable[[CaseFact], bool]] = {
        Subset.ALL: lambda c: True,
        Subset.STRAIGHT_THROUGH: lambda c: c.straight_through,
        Subset.TOUCHED: lambda c: c.touches > 0,
        Subset.OVERRIDDEN: lambda c: c.overridden,
        Subset.DECIDED: lambda c: c.decided_at is not None,
        Subset.RESOLVED: lambda c: c.resolved_at is not None,
        Subset.WAITING: lambda c: c.status in WAITING,
        Subset.SLA_MISSED: lambda c: _missed_sla(c, now),
        Subset.CREDIT: lambda c: c.credit_proposed > 0,
        Subset.RECOVERY: lambda c: bool(c.recovery),
    }
    return tests[subset]


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of durations, in hours; None without any."""

    count: int
    median_hours: float | None
    p90_hours: float | None


@dataclass(frozen=True)
class Row:
    """One row of a breakdown table."""

    key: str
    cases: int
    straight_through_pct: float | None
    credit_proposed: Decimal
    recovery: Decimal


@dataclass(frozen=True)
class Week:
    start: date
    cases: int
    straight_through_pct: float | None


@dataclass(frozen=True)
class Dashboard:
    cases: int
    straight_through: int
    straight_through_pct: float | None
    received_to_decided: Spread
    decided_to_resolved: Spread
    received_to_resolved: Spread
    aging: list[tuple[str, int]]
    touches_per_case: float | None
    overridden: int
    override_pct: float | None
    credit_proposed: Decimal
    credit_approved: Decimal
    credit_posted: Decimal
    recovery: dict[str, Decimal]
    sla_met: int
    sla_judged: int
    sla_pct: float | None
    root_causes: list[tuple[str, int]]
    weeks: list[Week]
    tables: dict[str, list[Row]] = field(default_factory=dict)


# Breakdown tables: name → the filter a row's key is (for its link to the cases).
TABLE_FILTER = {
    "site": "site",
    "carrier": "carrier",
    "lane": "lane",
    "product_line": "category",
    "customer": "customer",
    "reason": "reason",
}
# Breakdown tables: name → the keys a case counts under.
BREAKDOWNS: dict[str, Callable[[CaseFact], Iterable[str]]] = {
    "site": lambda c: sorted(c.sites) or ["unknown"],
    "carrier": lambda c: sorted(c.carriers) or ["unknown"],
    "lane": lambda c: sorted(c.lanes) or ["unknown"],
    "product_line": lambda c: sorted(c.categories) or ["unknown"],
    "customer": lambda c: [c.customer_id or "unidentified"],
    "reason": lambda c: [c.type.value],
}


def dashboard(cases: Iterable[CaseFact], filters: Filters, now: datetime) -> Dashboard:
    """Every figure over the cases the filters select."""
    chosen = [case for case in cases if filters.matches(case)]
    straight = sum(1 for c in chosen if c.straight_through)
    overridden = sum(1 for c in chosen if c.overridden)
    judged = [c for c in chosen if c.decided_at is not None or _missed_sla(c, now)]
    met = sum(1 for c in judged if not _missed_sla(c, now))
    recovery: dict[str, Decimal] = {"carrier": Decimal(0), "supplier": Decimal(0)}
    for case in chosen:
        for kind, amount in case.recovery.items():
            recovery[kind] = recovery.get(kind, Decimal(0)) + amount
    return Dashboard(
        cases=len(chosen),
        straight_through=straight,
        straight_through_pct=_pct(straight, len(chosen)),
        received_to_decided=_spread(c.decided_at - c.taken_in_at for c in chosen if c.decided_at),
        decided_to_resolved=_spread(
            c.resolved_at - c.decided_at for c in chosen if c.resolved_at and c.decided_at
        ),
        received_to_resolved=_spread(
            c.resolved_at - c.taken_in_at for c in chosen if c.resolved_at
        ),
        aging=_aging(chosen, now),
        touches_per_case=sum(c.touches for c in chosen) / len(chosen) if chosen else None,
        overridden=overridden,
        override_pct=_pct(overridden, len(chosen)),
        credit_proposed=sum((c.credit_proposed for c in chosen), Decimal(0)),
        credit_approved=sum((c.credit_approved for c in chosen), Decimal(0)),
        credit_posted=sum((c.credit_posted for c in chosen), Decimal(0)),
        recovery=recovery,
        sla_met=met,
        sla_judged=len(judged),
        sla_pct=_pct(met, len(judged)),
        root_causes=_root_causes(chosen),
        weeks=_weeks(chosen),
        tables={name: _breakdown(chosen, keys) for name, keys in BREAKDOWNS.items()},
    )


def aging_bucket(case: CaseFact, now: datetime) -> str | None:
    """The aging bucket of a waiting case (None: it waits for nobody)."""
    if case.status not in WAITING:
        return None
    age = now - case.opened_at
    return next(label for label, low, high in AGING if low <= age < high)


def _missed_sla(case: CaseFact, now: datetime) -> bool:
    """Decided later than REVIEW_WITHIN after it was taken in, or still waiting past it."""
    deadline = case.taken_in_at + REVIEW_WITHIN
    if case.decided_at is not None:
        return case.decided_at > deadline
    return case.status in WAITING and now > deadline


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _spread(durations: Iterable[timedelta]) -> Spread:
    hours = sorted(max(d.total_seconds(), 0.0) / 3600 for d in durations)
    if not hours:
        return Spread(0, None, None)
    p90 = quantiles(hours, n=10, method="inclusive")[-1] if len(hours) > 1 else hours[0]
    return Spread(len(hours), round(median(hours), 2), round(p90, 2))


def _aging(cases: list[CaseFact], now: datetime) -> list[tuple[str, int]]:
    counts = Counter(aging_bucket(c, now) for c in cases)
    return [(label, counts.get(label, 0)) for label, _, _ in AGING]


def _root_causes(cases: list[CaseFact]) -> list[tuple[str, int]]:
    """The rule codes that sent cases to people or refused them, most frequent first."""
    counts = Counter(code for case in cases for code in case.reasons)
    return counts.most_common(10)


def _weeks(cases: list[CaseFact]) -> list[Week]:
    by_week: dict[date, list[CaseFact]] = {}
    for case in cases:
        start = case.received_date - timedelta(days=case.received_date.weekday())
        by_week.setdefault(start, []).append(case)
    return [
        Week(
            start=start,
            cases=len(group),
            straight_through_pct=_pct(sum(1 for c in group if c.straight_through), len(group)),
        )
        for start, group in sorted(by_week.items())
    ]


def _breakdown(cases: list[CaseFact], keys: Callable[[CaseFact], Iterable[str]]) -> list[Row]:
    groups: dict[str, list[CaseFact]] = {}
    for case in cases:
        for key in keys(case):
            groups.setdefault(key, []).append(case)
    rows = [
        Row(
            key=key,
            cases=len(group),
            straight_through_pct=_pct(sum(1 for c in group if c.straight_through), len(group)),
            credit_proposed=sum((c.credit_proposed for c in group), Decimal(0)),
            recovery=sum((sum(c.recovery.values(), Decimal(0)) for c in group), Decimal(0)),
        )
        for key, group in groups.items()
    ]
    return sorted(rows, key=lambda row: (-row.cases, row.key))
