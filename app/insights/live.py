"""The figures /metrics reads from the database at scrape time: cases by state, the queue.

Collected per scrape on the serve process only (app/metrics.py says why), from one
short read; the worker processes expose only their own counters.
"""

from collections.abc import Iterator
from datetime import datetime

from prometheus_client import generate_latest, start_http_server
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.cases.due import due_at
from app.cases.states import WAITING
from app.cases.tables import Case
from app.db import utcnow
from app.metrics import REGISTRY, Combined


class CaseCollector(Collector):
    """Cases by type, decision and status; the review queue's depth, oldest age and breaches."""

    def __init__(self, sessions: sessionmaker[Session], now: datetime | None = None) -> None:
        self.sessions = sessions
        self.now = now

    def collect(self) -> Iterator[Metric]:
        now = self.now or utcnow()
        with self.sessions() as session:
            counts = session.execute(
                select(Case.type, Case.decision, Case.status, func.count()).group_by(
                    Case.type, Case.decision, Case.status
                )
            ).all()
            waiting = session.scalars(
                select(Case).where(Case.status.in_([s.value for s in WAITING]))
            ).all()
        cases = GaugeMetricFamily(
            "intake_cases",
            "Cases by type, decision and status",
            labels=["type", "decision", "status"],
        )
        for type_, decision, status, count in counts:
            cases.add_metric([str(type_), str(decision), str(status)], count)
        yield cases
        yield GaugeMetricFamily(
            "intake_queue_depth", "Cases waiting for a person", value=len(waiting)
        )
        oldest = min((case.created_at for case in waiting), default=None)
        yield GaugeMetricFamily(
            "intake_queue_oldest_age_seconds",
            "Age of the oldest case waiting for a person (0 when none waits)",
            value=(now - oldest).total_seconds() if oldest else 0.0,
        )
        yield GaugeMetricFamily(
            "intake_sla_breaches",
            "Waiting cases past their due time (48 hours, or a recount's due time)",
            value=sum(1 for case in waiting if due_at(case) <= now),
        )


def exposition(sessions: sessionmaker[Session]) -> bytes:
    """The text format of every metric of this process and of the database's figures."""
    return generate_latest(Combined([CaseCollector(sessions)]))


def serve_metrics(*, host: str, port: int, sessions: sessionmaker[Session] | None) -> None:
    """Serve /metrics without a key on host:port, in a thread (the database's figures
    only where `sessions` is given: the serve process, not the workers)."""
    registry = Combined([CaseCollector(sessions)]) if sessions else REGISTRY
    start_http_server(port, addr=host, registry=registry)
