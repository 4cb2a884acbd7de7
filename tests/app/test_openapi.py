"""/openapi.json describes every answer of every /api/v1 route, so clients can be generated."""

import importlib
import pkgutil
from typing import Any

from fastapi import APIRouter
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

import app.api


def _api_routes() -> list[APIRoute]:
    """Every route of every router in app/api/, found by walking the package."""
    found = []
    for info in pkgutil.iter_modules(app.api.__path__):
        router = getattr(importlib.import_module(f"app.api.{info.name}"), "router", None)
        if isinstance(router, APIRouter):
            found += [r for r in router.routes if isinstance(r, APIRoute)]
    return found


def _success_schema(operation: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema of an operation's 2xx answer."""
    [status] = [code for code in operation["responses"] if code.startswith("2")]
    content = operation["responses"][status].get("content", {})
    schema: dict[str, Any] = content.get("application/json", {}).get("schema", {})
    return schema


def test_every_api_route_is_in_the_document_with_a_typed_answer(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    routes = _api_routes()
    assert len(routes) >= 8
    documented = {path for path in document["paths"] if path.startswith("/api/v1")}
    assert documented == {route.path for route in routes}
    for route in routes:
        for method in route.methods:
            operation = document["paths"][route.path][method.lower()]
            schema = _success_schema(operation)
            # A model (a $ref, or a union of them), never an untyped object.
            assert "$ref" in schema or "anyOf" in schema, (method, route.path, schema)
            assert route.response_model is not None, (method, route.path)


def test_the_case_answer_names_its_fields(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    detail = schemas["CaseDetail"]["properties"]
    for key in ("case_id", "decision", "actions", "fields", "rule_results", "timeline"):
        assert key in detail
    assert "claim" not in detail  # the page's extra reading stays out of the API
    evidence = schemas["EvidenceRecord"]["properties"]
    assert {"segment", "start", "end", "quote", "box"} <= set(evidence)
