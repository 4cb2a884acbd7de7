"""How long each stage of a request took: read, OCR, extract, lock, identify, decide, act.

The pipeline times its stages with a StageTimes and records them once per request: each
stage into the `intake_stage_seconds` histogram (docs/metrics.md) and all of them in one
`pipeline.stages` log event with the request id, in milliseconds, which bench/month.py
reads for its percentiles. `read` is the wall time of reading the documents, OCR
included; `ocr` is the pages' OCR time added up (pages are read in parallel, so it may
exceed `read`). `lock` is the wait for the request's lock before anything is written (on
SQLite, the database's one write lock: the queue of other writers shows there).
`decide` is the rules and opening the cases they decide. `act`, carrying
out a case's actions, is its own job and is recorded by app/actions.py per case.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from time import perf_counter
from typing import Literal

from app import metrics
from app.logs import log

Stage = Literal["read", "ocr", "extract", "lock", "identify", "decide", "act"]
STAGES: tuple[Stage, ...] = ("read", "ocr", "extract", "lock", "identify", "decide", "act")


@dataclass
class StageTimes:
    """Seconds spent per stage of one request, added up as the stages run."""

    seconds: dict[Stage, float] = field(default_factory=dict)
    ocr_pages: int = 0

    @contextmanager
    def stage(self, name: Stage) -> Iterator[None]:
        """Time the block as (part of) the stage."""
        started = perf_counter()
        try:
            yield
        finally:
            self.add(name, perf_counter() - started)

    def add(self, name: Stage, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def record(self, *, request_id: str, channel: str, total: float, **fields: object) -> None:
        """Into the histogram by stage, and one `pipeline.stages` event (milliseconds)."""
        for name, seconds in self.seconds.items():
            metrics.STAGE_SECONDS.labels(name).observe(seconds)
        log.info(
            "pipeline.stages",
            request_id=request_id,
            channel=channel,
            total_ms=_ms(total),
            **{f"{name}_ms": _ms(seconds) for name, seconds in self.seconds.items()},
            **({"ocr_pages": self.ocr_pages} if self.ocr_pages else {}),
            **fields,
        )


def record_act(*, case_id: str, seconds: float, actions: int) -> None:
    """The time to carry out one case's actions: the `act` stage."""
    metrics.STAGE_SECONDS.labels("act").observe(seconds)
    log.info("pipeline.stages", case_id=case_id, act_ms=_ms(seconds), actions=actions)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)
