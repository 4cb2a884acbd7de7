"""The house's direction, read from the imports: layers one way, no circle between
packages, and the core of app/ never leaning on an edge (DESIGN.md)."""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The core a request flows through, and the supports it stands on.
CORE = {
    "app.requests",
    "app.pipeline",
    "app.cases",
    "app.actions",
    "app.results",
    "app.identify",
    "app.extraction",
    "app.erp",
    "app.auth",
    "app.work",
    "app.events",
}
# The edges that take requests in and show or drive the core.
EDGES = {
    "app.api",
    "app.web",
    "app.http",
    "app.channels",
    "app.jobs",
    "app.cli",
    "app.server",
    "app.evaluation",
    "app.insights",  # a read model of the core's tables for the dashboard and /metrics
}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(module: str, depth: int) -> str:
    return ".".join(module.split(".")[:depth])


def imports(top: str) -> dict[str, set[str]]:
    """Every module of a top-level package and the project modules it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / top).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[_module(path)] = {
            n for n in names if n.split(".")[0] in ("app", "extractors", "rules")
        }
    return found


def package_edges(top: str) -> dict[str, dict[str, set[str]]]:
    """Package → package it imports → the modules that do so (within one top package)."""
    edges: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for module, names in imports(top).items():
        source = _package(module, 2)
        for name in names:
            target = _package(name, 2)
            if name.startswith(top + ".") and target != source:
                edges[source][target].add(module)
    return edges


def circles(edges: dict[str, dict[str, set[str]]]) -> list[list[str]]:
    """The strongly connected groups of more than one package (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in list(edges):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("top", ["app", "extractors"])
def test_no_circle_between_packages(top: str) -> None:
    edges = package_edges(top)
    described = [
        {a: {b: sorted(edges[a][b]) for b in group if b in edges[a]} for a in group}
        for group in circles(edges)
    ]
    assert described == []


def test_the_core_never_imports_an_edge() -> None:
    leaning = {
        module: sorted(name for name in names if _package(name, 2) in EDGES)
        for module, names in imports("app").items()
        if _package(module, 2) in CORE
    }
    assert {module: names for module, names in leaning.items() if names} == {}


def test_every_app_package_is_placed_core_or_edge() -> None:
    placed = CORE | EDGES
    supports = {"app", "app.blobs", "app.context", "app.db", "app.errors", "app.ids", "app.logs"}
    supports |= {"app.jsonable", "app.models", "app.settings", "app.__main__", "app.metrics"}
    unplaced = {_package(m, 2) for m in imports("app")} - placed - supports
    assert unplaced == set()


def test_layers_point_one_way() -> None:
    """app → extractors → rules; nothing imports app."""
    for top, forbidden in (("rules", ("app", "extractors")), ("extractors", ("app",))):
        for module, names in imports(top).items():
            assert not [n for n in names if n.split(".")[0] in forbidden], module


def test_a_circle_is_found_when_there_is_one() -> None:
    edges = {"a": {"b": {"a.x"}}, "b": {"c": {"b.y"}}, "c": {"a": {"c.z"}}}
    assert circles(edges) == [["a", "b", "c"]]
