"""Every Prometheus metric the service keeps, defined in one place (docs/metrics.md).

Names start with `intake_`; label values come from small closed sets (channels,
outcomes, reason codes, decisions, statuses, kinds of job or document), never from
customer text. The counters and histograms here live in the process that does the
work: `intake serve` for HTTP and what the API does at once, each `intake worker` for
processing, the LLM, OCR and actions (each on its own port). Figures read from the
database at scrape time (queue depth, cases by state) are collected by
app/insights/live.py on the serve process only, so that several workers do not
report the same cases twice.
"""

from collections.abc import Iterable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, ProcessCollector
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

# The service's own registry: the client's default one carries names without our prefix.
REGISTRY = CollectorRegistry()
ProcessCollector(namespace="intake", registry=REGISTRY)

# Seconds: a request takes from milliseconds (a form) to minutes (a long scan with an LLM).
SLOW_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)

REQUESTS = Counter(
    "intake_requests",
    "Requests taken through the pipeline, by channel and outcome",
    ["channel", "outcome"],
    registry=REGISTRY,
)
PROCESSING_SECONDS = Histogram(
    "intake_processing_seconds",
    "Time to take one request through the pipeline, by channel",
    ["channel"],
    buckets=SLOW_BUCKETS,
    registry=REGISTRY,
)
DOCUMENT_READ_SECONDS = Histogram(
    "intake_document_read_seconds",
    "Time to read a request's documents (text layers and OCR), by kind",
    ["kind"],
    buckets=SLOW_BUCKETS,
    registry=REGISTRY,
)
# Stages of one request take from a tenth of a millisecond (deciding a form) to minutes.
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120)
STAGE_SECONDS = Histogram(
    "intake_stage_seconds",
    "Time of one stage of a request: read, ocr, extract, identify, decide, act",
    ["stage"],
    buckets=STAGE_BUCKETS,
    registry=REGISTRY,
)
LLM_SECONDS = Histogram(
    "intake_llm_seconds",
    "Time the LLM took to answer an extraction",
    buckets=SLOW_BUCKETS,
    registry=REGISTRY,
)
LLM_CALLS = Counter(
    "intake_llm_calls", "LLM extractions asked, by outcome", ["outcome"], registry=REGISTRY
)
LLM_TOKENS = Counter(
    "intake_llm_tokens", "Tokens the LLM used, by kind", ["kind"], registry=REGISTRY
)
CASES_OPENED = Counter(
    "intake_cases_opened",
    "Cases opened, by type and decision",
    ["type", "decision"],
    registry=REGISTRY,
)
CASE_DECISIONS = Counter(
    "intake_case_decisions",
    "People's decisions on cases (approved, rejected, corrected), by kind",
    ["kind"],
    registry=REGISTRY,
)
ERP_CALLS = Counter(
    "intake_erp_calls",
    "Documents written to the ERP, by kind and result",
    ["kind", "result"],
    registry=REGISTRY,
)
WEBHOOK_DELIVERIES = Counter(
    "intake_webhook_deliveries",
    "Webhook delivery attempts, by result: delivered, retry, failed, waiting",
    ["result"],
    registry=REGISTRY,
)
JOBS_RUN = Counter(
    "intake_jobs_run",
    "Steps of the durable work run, by step and result",
    ["kind", "result"],
    registry=REGISTRY,
)


class Combined(CollectorRegistry):
    """The process's metrics and collectors made for one scrape (read from the database)."""

    def __init__(self, extra: Iterable[Collector] = ()) -> None:
        super().__init__(auto_describe=False)
        self.extra = list(extra)

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()
        for collector in self.extra:
            yield from collector.collect()
