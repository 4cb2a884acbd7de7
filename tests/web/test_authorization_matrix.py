"""Every route of the application × every kind of caller: the status each one gets.

The routes are read from the application's route table, and the test fails on a route
the matrix does not list, so a new route cannot skip it. Callers: nobody signed in;
users of customer A (C-1001) and customer B (C-1002); a reviewer, a finance user and an
admin; and on the API also the keys of A and B and the operator's key. The objects on
the paths are customer A's: B must get a 404 for each (never a 403 that would confirm
it exists), and B's listings must never name them.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from starlette.routing import BaseRoute, Mount

from app.cases.tables import Case
from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from app.server import create_app
from tests.app.helpers import api_key
from tests.web.helpers import add_user, csrf_of, sign_in


class Who(Enum):
    ANONYMOUS = "anonymous"
    CUSTOMER_A = "customer A"
    CUSTOMER_B = "customer B"
    REVIEWER = "reviewer"
    FINANCE = "finance"
    ADMIN = "admin"
    KEY_A = "key of A"
    KEY_B = "key of B"
    OPERATOR = "operator key"


PEOPLE = (Who.CUSTOMER_A, Who.CUSTOMER_B, Who.REVIEWER, Who.FINANCE, Who.ADMIN)
STAFF = (Who.REVIEWER, Who.FINANCE, Who.ADMIN)
KEYS = (Who.KEY_A, Who.KEY_B, Who.OPERATOR)
EMAILS = {
    Who.CUSTOMER_A: ("buyer@keystonemech.com", "customer", "C-1001"),
    Who.CUSTOMER_B: ("office@riverbendph.com", "customer", "C-1002"),
    Who.REVIEWER: ("reviewer@distributor.example", "reviewer", None),
    Who.FINANCE: ("finance@distributor.example", "finance", None),
    Who.ADMIN: ("admin@distributor.example", "admin", None),
}
# Passed authorization: anything but a refusal (401, 403, 404) or a server error. A
# change a state forbids (409) or a form refused (422) still proves the caller got in.
GOT_IN = frozenset({200, 202, 303, 409, 422})
# A claim of customer A that goes to review (damage reported late), under its credit limit.
REVIEW_CLAIM = {
    "order_number": "SO-104233",
    "lines[0][sku]": "VLV-2210-BR",
    "lines[0][quantity]": "2",
    "lines[0][reason]": "DAMAGED",
}


@dataclass(frozen=True)
class Expect:
    """Who gets which status: a status, or a set of statuses any of which is right."""

    table: dict[Who, int | frozenset[int]]

    def allows(self, who: Who, status: int) -> bool:
        wanted = self.table[who]
        return status in wanted if isinstance(wanted, frozenset) else status == wanted


def everyone(status: int | frozenset[int], *, keys: bool = False) -> Expect:
    callers = (Who.ANONYMOUS, *PEOPLE, *(KEYS if keys else ()))
    return Expect(dict.fromkeys(callers, status))


def pages(*, anonymous: int, customers: int, staff: int | frozenset[int]) -> Expect:
    return Expect(
        {
            Who.ANONYMOUS: anonymous,
            Who.CUSTOMER_A: customers,
            Who.CUSTOMER_B: customers,
            **dict.fromkeys(STAFF, staff),
        }
    )


def own_page() -> Expect:
    """A page of customer A's object: A sees it, B finds nothing, staff are not customers."""
    return Expect(
        {
            Who.ANONYMOUS: 303,
            Who.CUSTOMER_A: 200,
            Who.CUSTOMER_B: 404,
            **dict.fromkeys(STAFF, 403),
        }
    )


def api(*, a: int | frozenset[int], b: int | frozenset[int], staff: int | frozenset[int]) -> Expect:
    """An API route: sessions and keys of A and B, staff sessions and the operator key."""
    return Expect(
        {
            Who.ANONYMOUS: 401,
            Who.CUSTOMER_A: a,
            Who.KEY_A: a,
            Who.CUSTOMER_B: b,
            Who.KEY_B: b,
            **dict.fromkeys((*STAFF, Who.OPERATOR), staff),
        }
    )


def admin_only(ok: int | frozenset[int], *, page: bool = False) -> Expect:
    """An admin's route: the admin (and on the API the operator's key) gets in, nobody else."""
    if page:
        return Expect({Who.ANONYMOUS: 303, **dict.fromkeys(PEOPLE, 403), Who.ADMIN: ok})
    return Expect(
        {
            Who.ANONYMOUS: 401,
            **dict.fromkeys((*PEOPLE, Who.KEY_A, Who.KEY_B), 403),
            Who.ADMIN: ok,
            Who.OPERATOR: ok,
        }
    )


STAFF_PAGE = pages(anonymous=303, customers=403, staff=200)
STAFF_FORM = pages(anonymous=303, customers=403, staff=GOT_IN)
STAFF_API = api(a=403, b=403, staff=GOT_IN)

# (method, path) → who gets what. Path parameters are filled with customer A's objects.
MATRIX: dict[tuple[str, str], Expect] = {
    ("GET", "/health"): everyone(200, keys=True),
    ("GET", "/openapi.json"): everyone(200, keys=True),
    ("GET", "/docs"): everyone(200, keys=True),
    ("GET", "/docs/oauth2-redirect"): everyone(200, keys=True),
    ("GET", "/redoc"): everyone(200, keys=True),
    ("GET", "/static"): everyone(200),
    ("GET", "/"): everyone(303),
    ("GET", "/login"): Expect({Who.ANONYMOUS: 200, **dict.fromkeys(PEOPLE, 303)}),
    ("POST", "/login"): everyone(401),  # a wrong password, whoever is signed in
    ("POST", "/api/v1/requests"): api(a=202, b=202, staff=202),
    ("GET", "/api/v1/requests/{request_id}"): api(a=200, b=404, staff=200),
    ("GET", "/api/v1/cases"): api(a=200, b=200, staff=200),
    ("GET", "/api/v1/cases/{case_id}"): api(a=200, b=404, staff=200),
    ("POST", "/api/v1/cases/{case_id}/corrections"): STAFF_API,
    ("POST", "/api/v1/cases/{case_id}/approve"): STAFF_API,
    ("POST", "/api/v1/cases/{case_id}/reject"): STAFF_API,
    ("GET", "/api/v1/channels"): api(a=403, b=403, staff=200),
    ("POST", "/api/v1/cases/{case_id}/events"): STAFF_API,
    ("GET", "/api/v1/webhooks"): admin_only(200),
    ("POST", "/api/v1/webhooks"): admin_only(201),
    # The endpoint and delivery on the paths do not exist: the admin gets past the door to a 404.
    ("POST", "/api/v1/webhooks/{endpoint_id}/disable"): admin_only(404),
    ("POST", "/api/v1/webhooks/{endpoint_id}/enable"): admin_only(404),
    ("POST", "/api/v1/webhooks/{endpoint_id}/test"): admin_only(404),
    ("GET", "/api/v1/webhooks/{endpoint_id}/deliveries"): admin_only(404),
    ("POST", "/api/v1/webhooks/deliveries/{delivery_id}/redeliver"): admin_only(404),
    ("GET", "/metrics"): api(a=403, b=403, staff=200),
    ("GET", "/insights"): STAFF_PAGE,
    ("GET", "/insights/cases"): STAFF_PAGE,
    ("GET", "/insights/cases.csv"): STAFF_PAGE,
    ("GET", "/insights/{table}.csv"): STAFF_PAGE,
    ("GET", "/admin/webhooks"): admin_only(200, page=True),
    ("POST", "/admin/webhooks"): admin_only(303, page=True),
    ("POST", "/admin/webhooks/{endpoint_id}/disable"): admin_only(303, page=True),
    ("POST", "/admin/webhooks/{endpoint_id}/enable"): admin_only(303, page=True),
    ("POST", "/admin/webhooks/{endpoint_id}/test"): admin_only(303, page=True),
    ("POST", "/admin/webhooks/deliveries/{delivery_id}/redeliver"): admin_only(303, page=True),
    ("GET", "/admin/work"): admin_only(200, page=True),
    ("POST", "/admin/work/{work_id}/retry"): admin_only(303, page=True),
    ("POST", "/admin/work/{work_id}/cancel"): admin_only(303, page=True),
    ("GET", "/portal"): pages(anonymous=303, customers=200, staff=403),
    ("POST", "/portal"): pages(anonymous=303, customers=303, staff=403),
    ("GET", "/portal/requests"): pages(anonymous=303, customers=200, staff=403),
    ("GET", "/portal/requests/{request_id}"): own_page(),
    ("GET", "/portal/requests/{request_id}/panel"): own_page(),
    ("GET", "/review"): STAFF_PAGE,
    ("GET", "/review/not-claims"): STAFF_PAGE,
    ("GET", "/review/cases/{case_id}"): STAFF_PAGE,
    ("GET", "/review/cases/{case_id}/actions"): STAFF_PAGE,
    # A form claim has no page pictures: staff get past the door to a 404 of the picture.
    ("GET", "/review/requests/{request_id}/pages/{number}.png"): pages(
        anonymous=303, customers=403, staff=404
    ),
    ("POST", "/review/next"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/open"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/take-over"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/preview"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/correct"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/approve"): STAFF_FORM,
    ("POST", "/review/cases/{case_id}/reject"): STAFF_FORM,
    ("POST", "/review/not-claims/{request_id}/reopen"): STAFF_FORM,
    ("POST", "/logout"): everyone(303),  # last: it ends the caller's sessions
}


def route_table(routes: Iterable[BaseRoute]) -> Iterator[tuple[str, str]]:
    """(method, path) of every route, routers included into routers followed."""
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's included routers
        if included is not None:
            yield from route_table(included.routes)
        elif isinstance(route, Mount):
            yield "GET", route.path
        else:
            path = getattr(route, "path", None)
            assert isinstance(path, str), route
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                if method != "HEAD":
                    yield method, path


def test_the_matrix_lists_every_route_of_the_application(erp_ctx: Context) -> None:
    app = create_app(erp_ctx)
    assert set(route_table(app.routes)) == set(MATRIX)


@dataclass
class World:
    """Customer A's objects, and a client per caller (signed in, with its CSRF token)."""

    request_id: str
    case_id: str
    clients: dict[Who, TestClient]
    tokens: dict[Who, str]
    headers: dict[Who, dict[str, str]]


@pytest.fixture
def world(erp_ctx: Context) -> Iterator[World]:
    app = create_app(erp_ctx)
    clients = {who: TestClient(app) for who in Who}
    for who, (email, role, customer) in EMAILS.items():
        add_user(erp_ctx, email, role=role, customer=customer)
        assert sign_in(clients[who], email).status_code == 303
    tokens = {who: csrf_of(clients[who].get("/login", follow_redirects=True).text) for who in Who}
    headers: dict[Who, dict[str, str]] = {who: {} for who in Who}
    headers[Who.KEY_A] = api_key(erp_ctx, "C-1001")
    headers[Who.KEY_B] = api_key(erp_ctx, "C-1002")
    headers[Who.OPERATOR] = api_key(erp_ctx, None)
    sent = clients[Who.KEY_A].post(
        "/api/v1/requests", data=REVIEW_CLAIM, headers=headers[Who.KEY_A]
    )
    assert sent.status_code == 202, sent.text
    request_id = sent.json()["request_id"]
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        case = session.scalars(select(Case).where(Case.request_id == request_id)).one()
        assert (case.customer_id, case.decision) == ("C-1001", "NEEDS_REVIEW")
        case_id = case.id
    yield World(request_id, case_id, clients, tokens, headers)
    for client in clients.values():
        client.close()


def _call(world: World, who: Who, method: str, path: str) -> Response:
    client = world.clients[who]
    url = (
        path.replace("{request_id}", world.request_id)
        .replace("{case_id}", world.case_id)
        .replace("{number}", "1")
        .replace("{endpoint_id}", "whe_none")
        .replace("{table}", "weeks")
        .replace("{delivery_id}", "dlv_none")
    )
    if url == "/static":
        url = "/static/intake.css"
    headers = {**world.headers[who], "X-CSRF-Token": world.tokens[who]}
    if method == "GET":
        return client.get(url, headers=headers, follow_redirects=False)
    return client.post(url, headers=headers, follow_redirects=False, **_body(world, who, url))


def _body(world: World, who: Who, url: str) -> dict[str, object]:
    """What each POST sends: enough to pass its form checks, the caller's CSRF token."""
    token = {"csrf_token": world.tokens[who]}
    if url == "/login":
        return {"data": {**token, "email": "nobody@x.example", "password": "wrong password"}}
    if url in ("/api/v1/requests", "/portal"):
        return {"data": {**token, **REVIEW_CLAIM, "note": who.value}}
    if url.startswith("/api/v1/cases/") and url.endswith("/corrections"):
        return {"json": {"order_number": "SO-104233"}}
    if url.startswith("/api/v1/cases/") and url.endswith("/events"):
        return {"json": {"id": f"matrix-{who.name}", "type": "credit_memo.posted"}}
    if url == "/api/v1/webhooks":
        return {"json": {"url": "https://erp.example.com/hooks"}}
    if url.startswith("/api/v1/"):
        return {"json": {"comment": "matrix"}}
    return {"data": token}


def _checks() -> list[tuple[str, str, Who]]:
    return [
        (method, path, who) for (method, path), expect in MATRIX.items() for who in expect.table
    ]


def test_every_caller_gets_its_status_on_every_route(world: World) -> None:
    wrong: list[str] = []
    for method, path, who in _checks():
        answer = _call(world, who, method, path)
        if not MATRIX[method, path].allows(who, answer.status_code):
            wrong.append(f"{method} {path} as {who.value}: {answer.status_code}")
    assert wrong == []


def test_customer_b_never_sees_customer_as_objects(world: World) -> None:
    seen: Callable[[Response], bool] = lambda answer: (  # noqa: E731
        world.case_id in answer.text or world.request_id in answer.text
    )
    for who in (Who.CUSTOMER_B, Who.KEY_B):
        for url in ("/api/v1/cases", "/api/v1/cases?customer_id=C-1002", "/portal/requests"):
            answer = world.clients[who].get(url, headers=world.headers[who])
            if answer.status_code == 200:
                assert not seen(answer), (who, url)
        asked = world.clients[who].get(
            "/api/v1/cases?customer_id=C-1001", headers=world.headers[who]
        )
        assert asked.status_code == 403
        assert not seen(asked)
    # ...while A and staff do see them.
    listed = world.clients[Who.KEY_A].get("/api/v1/cases", headers=world.headers[Who.KEY_A])
    assert seen(listed)
    assert seen(world.clients[Who.REVIEWER].get("/review"))
