"""Fixtures of the app's API tests."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.context import Context


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    """The API over a database holding the sample ERP data."""
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client
