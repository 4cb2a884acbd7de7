"""Schemathesis against /openapi.json: no 5xx and no status the document does not name.

Bounded and deterministic: a fixed number of examples per operation, caller and
generation mode (valid and invalid inputs), hypothesis derandomized, no example
database. Called with an operator key and a customer's key, so both the answers a key
may have and the refusals are exercised.
"""

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from app.context import Context
from app.jobs.worker import drain
from app.server import create_app
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS

EXAMPLES = 12  # per operation, caller and mode: a few hundred requests in all
CHECKS = [not_a_server_error, status_code_conformance]


@pytest.fixture
def app(erp_ctx: Context) -> Iterator[FastAPI]:
    """The API with a processed request and its cases, so ids and lists are not empty."""
    from fastapi.testclient import TestClient

    application = create_app(erp_ctx)
    with TestClient(application) as client:
        data = (SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml").read_bytes()
        client.post(
            "/api/v1/requests",
            files={"files": ("claim.eml", data)},
            headers=api_key(erp_ctx, "C-1001"),
        )
        drain(erp_ctx)
        yield application


def test_no_server_error_and_no_undocumented_status(app: FastAPI, erp_ctx: Context) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    callers = {"operator": api_key(erp_ctx, None), "customer": api_key(erp_ctx, "C-1001")}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    calls = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = operation.as_strategy(generation_mode=mode)

            @settings(
                max_examples=EXAMPLES,
                derandomize=True,
                database=None,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=strategy, caller=st.sampled_from(sorted(callers)))
            def check(case: schemathesis.Case, caller: str) -> None:
                nonlocal calls
                headers = callers[caller]
                response = case.call(headers=headers)
                calls += 1
                case.validate_response(response, checks=CHECKS, headers=headers)

            try:
                check()
            except Unsatisfiable:  # no invalid input exists (an operation without parameters)
                assert mode is GenerationMode.NEGATIVE, operation.label
    assert calls >= 100
