"""Fixtures of the insights tests: the API over the sample ERP data."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.context import Context
from app.server import create_app


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client
