"""No customer sees another customer's data: the portal, the API with a customer key and the
notices mailed to a customer say only that the order is not on the account (issue 16, 3).

Customer C-1001 names order SO-104202 of customer C-1005 (Delgado & Sons): one line of
WH-50G-NG at 612.00, delivered on 2025-10-23. None of the other account's facts may
reach C-1001; staff keep the whole detail.
"""

import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.cases.disclosure import EARLIER_REQUEST, NOT_ON_ACCOUNT
from app.cases.tables import Case, Notice
from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from tests.app.helpers import api_key
from tests.web.helpers import add_user, csrf_of, sign_in

NO_FILE = ("files", ("", b"", "application/octet-stream"))
THEIR_ORDER = {
    "order_number": "SO-104202",
    "lines[0][sku]": "WH-50G-NG",
    "lines[0][quantity]": "2",
    "lines[0][reason]": "DAMAGED",
    "note": "arrived crushed",
}
# What C-1005's order would give away: its owner, unit price, credit (2 x 612.00),
# delivery date, the order's shipped quantity in a rule message.
THEIRS = re.compile(r"C-1005|612\.00|1224|2025-10-23|Delgado|shipped")


def _portal_claim(client: TestClient, ctx: Context, customer: str, claim: dict[str, str]) -> str:
    """Sign a user of the account in, send the claim form, process it; the request's id."""
    email = f"buyer@{customer.lower()}.example"
    add_user(ctx, email, customer=customer)
    assert sign_in(client, email).status_code == 303
    token = csrf_of(client.get("/portal").text)
    sent = client.post(
        "/portal", data={**claim, "csrf_token": token}, files=[NO_FILE], follow_redirects=False
    )
    assert sent.status_code == 303, sent.text
    drain(ctx)
    return str(sent.headers["location"]).rsplit("/", 1)[1]


def _only_case(ctx: Context, request_id: str) -> Case:
    with transaction(ctx.sessions) as session:
        case = session.scalars(select(Case).where(Case.request_id == request_id)).one()
        session.expunge(case)
        return case


def test_the_portal_shows_nothing_of_another_accounts_order(
    client: TestClient, erp_ctx: Context
) -> None:
    request_id = _portal_claim(client, erp_ctx, "C-1001", THEIR_ORDER)
    page = client.get(f"/portal/requests/{request_id}").text
    assert "This order is not on your account." in page
    assert "another customer" not in page  # not even that the order exists elsewhere
    assert not THEIRS.search(page), THEIRS.search(page)
    listing = client.get("/portal/requests").text
    assert not THEIRS.search(listing)


def test_the_api_with_the_customers_key_shows_nothing_of_it_and_staff_see_all(
    client: TestClient, erp_ctx: Context
) -> None:
    request_id = _portal_claim(client, erp_ctx, "C-1001", THEIR_ORDER)
    case = _only_case(erp_ctx, request_id)
    customer = api_key(erp_ctx, "C-1001")
    answers = [
        client.get(f"/api/v1/requests/{request_id}", headers=customer),
        client.get(f"/api/v1/cases/{case.id}", headers=customer),
        client.get("/api/v1/cases", headers=customer),
    ]
    for answer in answers:
        assert answer.status_code == 200
        assert not THEIRS.search(answer.text), (answer.url, THEIRS.search(answer.text))
    detail = answers[1].json()
    assert [r["message"] for r in detail["rule_results"]] == [NOT_ON_ACCOUNT]
    assert detail["credit_total"] is None
    assert detail["lines"] == [{"sku": "WH-50G-NG", "quantity": 2, "credit": None}]
    staff = client.get(f"/api/v1/cases/{case.id}", headers=api_key(erp_ctx, None)).json()
    messages = " ".join(result["message"] for result in staff["rule_results"])
    assert "belongs to customer C-1005" in messages
    assert staff["credit_total"] == "1224.00"


def test_the_notice_to_the_customer_says_only_that_the_order_is_not_on_the_account(
    client: TestClient, erp_ctx: Context
) -> None:
    request_id = _portal_claim(client, erp_ctx, "C-1001", THEIR_ORDER)
    case = _only_case(erp_ctx, request_id)
    with transaction(erp_ctx.sessions) as session:
        bodies = [n.body for n in session.scalars(select(Notice).where(Notice.case_id == case.id))]
    assert bodies
    for body in bodies:
        assert not THEIRS.search(body), body
    # And the rejection a reviewer sends later gives no more away.
    staff = api_key(erp_ctx, None)
    rejected = client.post(
        f"/api/v1/cases/{case.id}/reject", json={"comment": "not your order"}, headers=staff
    )
    assert rejected.status_code == 200, rejected.text
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        notices = session.scalars(select(Notice).where(Notice.case_id == case.id)).all()
        rejection = next(n.body for n in notices if n.kind == "REJECTION")
    assert NOT_ON_ACCOUNT in rejection
    assert not THEIRS.search(rejection), rejection


def test_an_earlier_case_of_another_account_is_not_named_to_the_customer(
    client: TestClient, erp_ctx: Context
) -> None:
    # C-1001 claims C-1005's order first; then C-1005 claims the same line of its own order.
    _portal_claim(client, erp_ctx, "C-1001", THEIR_ORDER)
    client.cookies.clear()
    own_request = _portal_claim(client, erp_ctx, "C-1005", THEIR_ORDER)
    case = _only_case(erp_ctx, own_request)
    staff = client.get(f"/api/v1/cases/{case.id}", headers=api_key(erp_ctx, None)).json()
    related = [r["related_case_id"] for r in staff["rule_results"] if r["related_case_id"]]
    assert related, "the owner's case names the earlier case to staff"
    owner = client.get(f"/api/v1/cases/{case.id}", headers=api_key(erp_ctx, "C-1005"))
    assert related[0] not in owner.text
    duplicate = [r for r in owner.json()["rule_results"] if r["code"] == "DUPLICATE_REQUEST"]
    assert [r["message"] for r in duplicate] == [EARLIER_REQUEST]
    with transaction(erp_ctx.sessions) as session:
        bodies = [n.body for n in session.scalars(select(Notice).where(Notice.case_id == case.id))]
    assert all(related[0] not in body for body in bodies)
