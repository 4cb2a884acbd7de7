"""Fixtures of the app's API tests."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.context import Context
from app.server import create_app


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    """The API over a database holding the sample ERP data."""
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client
