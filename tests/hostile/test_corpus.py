"""The hostile corpus through the API and the worker: each file gets its expected recorded
outcome, within a memory and a time budget (generous: they catch a blow-up, not a slip).

The corpus is generated at test time (tests/hostile/make_corpus.py). Reading documents
runs in a child process with its own memory cap (Limits.memory_bytes); the budget here
is what this process allocates (tracemalloc) while posting and processing the file.
"""

import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.context import Context
from app.jobs.worker import drain
from app.requests.tables import InboundRequest
from app.server import create_app
from tests.app.helpers import api_key
from tests.hostile.make_corpus import Hostile, corpus

MEMORY_BUDGET = 200 * 1024 * 1024  # bytes allocated at the peak, in this process
TIME_BUDGET_S = 120.0  # posting and processing one file, on a busy 2-core machine


@dataclass(frozen=True)
class Expected:
    """What is recorded for a file: refused with a status, or processed to an outcome."""

    status: int = 202
    error: str | None = None  # a fragment of the refusal's message, or of a failed request's
    outcome: str | None = None  # CASES_OPENED, or NEEDS_REVIEW: no claim read, part unread
    reasons: frozenset[str] = frozenset()  # codes every case carries, at least
    problem: str | None = None  # a fragment of a problem the reading recorded


EXPECTED: dict[str, Expected] = {
    "zip-bomb": Expected(status=415, error="application/zip are not accepted"),
    "zip-bomb-in-email": Expected(
        outcome="CASES_OPENED",
        reasons=frozenset({"DOCUMENT_UNREADABLE"}),
        problem="application/zip are not read",
    ),
    "pdf-bomb": Expected(error="expands beyond the limits"),
    "pdf-bomb-in-email": Expected(
        outcome="CASES_OPENED",
        reasons=frozenset({"DOCUMENT_UNREADABLE"}),
        problem="expands beyond the limits",
    ),
    "truncated-pdf": Expected(error="claim.pdf"),
    "truncated-email": Expected(outcome="CASES_OPENED"),
    # No claim read, part of it unread: a person reads it (never NOT_A_CLAIM).
    "deep-nesting": Expected(outcome="NEEDS_REVIEW", problem="nested deeper than 5"),
    "many-parts": Expected(
        outcome="CASES_OPENED",
        reasons=frozenset({"DOCUMENT_UNREADABLE"}),
        problem="more than 100 MIME parts",
    ),
    "too-many-lines": Expected(outcome="CASES_OPENED", reasons=frozenset({"TOO_MANY_LINES"})),
    "mixed-terminators": Expected(status=422, error="mixed segment terminators"),
    "newline-terminators": Expected(outcome="CASES_OPENED"),
    "no-isa": Expected(status=422, error="no ISA segment"),
    "traversal-name": Expected(outcome="CASES_OPENED"),
    "traversal-attachment": Expected(outcome="CASES_OPENED"),
    "huge-quantity": Expected(outcome="CASES_OPENED", reasons=frozenset({"QUANTITY_OUT_OF_RANGE"})),
    "negative-quantity": Expected(
        outcome="CASES_OPENED", reasons=frozenset({"QTY_EXCEEDS_AVAILABLE"})
    ),
    "huge-number-in-text": Expected(outcome="CASES_OPENED"),
    # Numbers int() refuses: read as no quantity, so a person looks (the job never fails).
    "giant-quantity": Expected(
        outcome="CASES_OPENED", reasons=frozenset({"QTY_EXCEEDS_AVAILABLE"})
    ),
    "giant-number-in-text": Expected(outcome="CASES_OPENED"),
}
CORPUS = {item.key: item for item in corpus()}


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client


def test_every_file_of_the_corpus_has_an_expected_outcome() -> None:
    assert set(CORPUS) == set(EXPECTED)


def _take_in(client: TestClient, ctx: Context, item: Hostile) -> tuple[int, Any]:
    """Post the file as customer C-1001, let the worker read it, return what is recorded."""
    keystone = api_key(ctx, "C-1001")
    response = client.post(
        "/api/v1/requests", files={"files": (item.filename, item.data)}, headers=keystone
    )
    if response.status_code != 202:
        return response.status_code, response.json()
    body = response.json()
    url = body["requests"][0]["url"] if "requests" in body else body["url"]
    drain(ctx)
    return 202, client.get(url, headers=keystone).json()


def _recorded(client: TestClient, ctx: Context, answer: Any) -> list[str]:
    """What is recorded of the reading: the rule messages of its cases, or a not-claim's."""
    operator = api_key(ctx, None)
    messages = [
        result["message"]
        for case in answer["cases"]
        for result in client.get(f"/api/v1/cases/{case['case_id']}", headers=operator).json()[
            "rule_results"
        ]
    ]
    with ctx.sessions() as session:
        claims = session.scalars(select(InboundRequest.claim)).all()
    return messages + [p for claim in claims if claim is not None for p in claim.unreadable]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_a_hostile_file_gets_its_recorded_outcome_within_budget(
    key: str, client: TestClient, erp_ctx: Context, tmp_path: Path
) -> None:
    item, expected = CORPUS[key], EXPECTED[key]
    tracemalloc.start()
    started = time.monotonic()
    try:
        status, answer = _take_in(client, erp_ctx, item)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < TIME_BUDGET_S, f"{key} took {elapsed:.1f} s"
    assert peak < MEMORY_BUDGET, f"{key} allocated {peak / 2**20:.0f} MiB at the peak"
    assert status == expected.status, answer
    if status != 202:
        assert expected.error is not None
        assert expected.error in answer["error"]["message"]
        return
    if expected.error is not None:  # taken in, then recorded as unreadable: nothing lost
        assert expected.error in (answer.get("error") or ""), answer
        return
    assert answer.get("outcome") == expected.outcome, answer
    for case in answer["cases"]:
        assert expected.reasons <= set(case["reasons"]), case
    if expected.problem is not None:
        recorded = _recorded(client, erp_ctx, answer)
        assert any(expected.problem in message for message in recorded), recorded
    # Names are never paths: nothing was written beside the data folder.
    assert not (tmp_path / "etc").exists()
