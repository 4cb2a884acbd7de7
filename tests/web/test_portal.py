"""The portal: the claim form and uploads through the API's intake path, the account's pages."""

from dataclasses import replace

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.auth.keys import create_key
from app.auth.tables import User
from app.cases.tables import Case
from app.context import Context
from app.db import Base, transaction
from app.jobs.worker import drain
from app.requests.tables import InboundRequest
from app.server import create_app
from app.web import words
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode, RuleCode
from tests.conftest import SAMPLES
from tests.web.helpers import add_user, csrf_of, sign_in

CLAIM = {
    "order_number": "SO-104233",
    "lines[0][sku]": "VLV-2210-BR",
    "lines[0][quantity]": "2",
    "lines[0][reason]": "DAMAGED",
    "note": "crushed on the pallet",
}
CLAIM_TEXT = b"Order SO-104233: 2 units of VLV-2210-BR arrived damaged, crushed on the pallet.\n"
NO_FILE = ("files", ("", b"", "application/octet-stream"))  # a file input left empty


def _count(ctx: Context, table: type[Base]) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _customer(client: TestClient, ctx: Context, customer: str = "C-1001") -> str:
    """Sign a customer user in; the portal form's token."""
    add_user(ctx, f"buyer@{customer.lower()}.example", customer=customer)
    assert sign_in(client, f"buyer@{customer.lower()}.example").status_code == 303
    return csrf_of(client.get("/portal").text)


def _submit(client: TestClient, token: str, **extra: object) -> object:
    files = extra.pop("files", [NO_FILE])
    data = {**CLAIM, "csrf_token": token, **extra}
    return client.post("/portal", data=data, files=files, follow_redirects=False)


def test_the_form_makes_one_request_and_the_same_form_again_none(
    client: TestClient, erp_ctx: Context
) -> None:
    token = _customer(client, erp_ctx)
    first = client.post(
        "/portal", data={**CLAIM, "csrf_token": token}, files=[NO_FILE], follow_redirects=False
    )
    assert first.status_code == 303
    location = first.headers["location"]
    assert location.startswith("/portal/requests/req_")
    page = client.get(location)
    assert "Received: waiting to be read" in page.text
    assert "data-refresh-url" in page.text
    again = client.post(
        "/portal", data={**CLAIM, "csrf_token": token}, files=[NO_FILE], follow_redirects=False
    )
    assert again.headers["location"] == location
    assert "You sent this already" in client.get(location).text
    assert _count(erp_ctx, InboundRequest) == 1
    with transaction(erp_ctx.sessions) as session:
        request = session.scalars(select(InboundRequest)).one()
        assert (request.channel, request.account_id) == ("form", "C-1001")


def test_a_processed_request_shows_its_cases_in_plain_words(
    client: TestClient, erp_ctx: Context
) -> None:
    token = _customer(client, erp_ctx)
    location = client.post(
        "/portal", data={**CLAIM, "csrf_token": token}, files=[NO_FILE], follow_redirects=False
    ).headers["location"]
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        case = session.scalars(select(Case)).one()
        decision, reasons = case.decision, list(case.reasons)
    page = client.get(location).text
    assert "Damaged" in page
    assert words.DECISIONS[Decision(decision)] in page
    for code in reasons:
        assert words.RULES[RuleCode(code)] in page
    assert "data-refresh-url" not in page  # read: no more refreshing
    panel = client.get(location + "/panel").text
    assert panel.lstrip().startswith('<section class="panel" id="request-panel"')
    listing = client.get("/portal/requests").text
    assert location in listing
    assert words.DECISIONS[Decision(decision)] in listing
    assert all(words.RULES[RuleCode(code)] in listing for code in reasons)


def test_files_go_through_the_same_path(client: TestClient, erp_ctx: Context) -> None:
    token = _customer(client, erp_ctx)
    answer = client.post(
        "/portal",
        data={"csrf_token": token},
        files=[("files", ("claim.txt", CLAIM_TEXT, "text/plain"))],
        follow_redirects=False,
    )
    assert answer.status_code == 303
    with transaction(erp_ctx.sessions) as session:
        request = session.scalars(select(InboundRequest)).one()
        assert (request.channel, request.source) == ("upload", "claim.txt")
        assert erp_ctx.blobs.get(request.blob_sha256) == CLAIM_TEXT
    assert "claim.txt" in client.get("/portal/requests").text


def test_a_form_post_without_or_with_a_wrong_token_is_refused(
    client: TestClient, erp_ctx: Context
) -> None:
    _customer(client, erp_ctx)
    missing = client.post("/portal", data=CLAIM, files=[NO_FILE])
    wrong = client.post("/portal", data={**CLAIM, "csrf_token": "forged"}, files=[NO_FILE])
    assert missing.status_code == wrong.status_code == 403
    assert "did not come from this site" in wrong.text
    assert _count(erp_ctx, InboundRequest) == 0


def test_too_large_wrong_type_and_empty_submissions_are_explained(erp_ctx: Context) -> None:
    small = replace(
        erp_ctx, settings=erp_ctx.settings.model_copy(update={"max_request_bytes": 2000})
    )
    with TestClient(create_app(small)) as client:
        token = _customer(client, small)
        big = client.post(
            "/portal",
            data={"csrf_token": token},
            files=[("files", ("big.txt", b"x" * 5000, "text/plain"))],
        )
        assert big.status_code == 413
        assert "too large" in big.text
        program = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 2
        exe = client.post(
            "/portal",
            data={**CLAIM, "csrf_token": token},
            files=[("files", ("claim.pdf", program, "application/pdf"))],
        )
        assert exe.status_code == 415
        assert "claim.pdf" in exe.text
        assert 'value="SO-104233"' in exe.text  # what was typed is kept
        edi = (SAMPLES / "edi" / "01-keystone-damaged-elbows.edi").read_bytes()
        interchange = client.post(
            "/portal",
            data={"csrf_token": token},
            files=[("files", ("returns.edi", edi, "text/plain"))],
        )
        assert interchange.status_code == 415
        assert "through the API or the EDI drop folder" in interchange.text
        empty = client.post("/portal", data={"csrf_token": token}, files=[NO_FILE])
        assert empty.status_code == 422
        assert "Choose a file or fill in the claim form" in empty.text
    assert _count(erp_ctx, InboundRequest) == 0


def test_a_customer_sees_only_its_own_account(client: TestClient, erp_ctx: Context) -> None:
    with transaction(erp_ctx.sessions) as session:
        other_key = create_key(session=session, customer_id="C-1002")
    theirs = client.post(
        "/api/v1/requests",
        data={"order_number": "SO-1", "note": "theirs"},
        headers={"Authorization": f"Bearer {other_key}"},
    ).json()["request_id"]
    _customer(client, erp_ctx)
    assert client.get(f"/portal/requests/{theirs}").status_code == 404
    assert client.get(f"/portal/requests/{theirs}/panel").status_code == 404
    assert client.get("/portal/requests/req_nothing").status_code == 404
    assert theirs not in client.get("/portal/requests").text
    assert client.get(f"/api/v1/requests/{theirs}").status_code == 404  # the session on the API


def test_pages_need_a_signed_in_customer(client: TestClient, erp_ctx: Context) -> None:
    for path in ("/portal", "/portal/requests", "/portal/requests/req_x", "/review"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/login?next=/")
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_get_never_changes_state(client: TestClient, erp_ctx: Context) -> None:
    token = _customer(client, erp_ctx)
    _submit(client, token)
    tables = (InboundRequest, Case, User)
    before = [_count(erp_ctx, table) for table in tables]
    with transaction(erp_ctx.sessions) as session:
        request_id = session.scalars(select(InboundRequest.id)).one()
    for path in (
        "/",
        "/login",
        "/portal",
        "/portal/requests",
        f"/portal/requests/{request_id}",
        f"/portal/requests/{request_id}/panel",
        "/review",
        "/logout",
        f"/api/v1/requests/{request_id}",
        "/portal?order_number=SO-104233&lines[0][sku]=VLV-2210-BR&csrf_token=" + token,
    ):
        assert client.get(path).status_code in (200, 403, 405)
    assert [_count(erp_ctx, table) for table in tables] == before
    assert client.get("/portal").status_code == 200  # and still signed in


def test_a_signed_in_browser_uses_the_api_with_the_csrf_header(
    client: TestClient, erp_ctx: Context
) -> None:
    token = _customer(client, erp_ctx)
    plain = client.post("/api/v1/requests", data=CLAIM)
    assert plain.status_code == 403
    forged = client.post("/api/v1/requests", data=CLAIM, headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 403
    accepted = client.post("/api/v1/requests", data=CLAIM, headers={"X-CSRF-Token": token})
    assert accepted.status_code == 202
    body = accepted.json()
    assert client.get(body["url"]).json()["status"] == "RECEIVED"
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, body["request_id"])
        assert request is not None
        assert request.account_id == "C-1001"
    other = client.post(
        "/api/v1/requests",
        data={**CLAIM, "customer_id": "C-1002"},
        headers={"X-CSRF-Token": token},
    )
    assert other.status_code == 403


def test_staff_act_on_the_api_as_the_operator(client: TestClient, erp_ctx: Context) -> None:
    with transaction(erp_ctx.sessions) as session:
        key = create_key(session=session, customer_id="C-1002")
    theirs = client.post(
        "/api/v1/requests", data=CLAIM, headers={"Authorization": f"Bearer {key}"}
    ).json()["url"]
    add_user(erp_ctx, "finance@distributor.example", role="finance")
    sign_in(client, "finance@distributor.example")
    assert client.get(theirs).status_code == 200
    assert client.get("/api/v1/channels").status_code == 200
    assert client.get(theirs, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_every_code_has_plain_words() -> None:
    """A new code of rules/vocabulary.py needs its words in app/web/words.py."""
    assert set(words.REASONS) == set(ReasonCode)
    assert set(words.DECISIONS) == set(Decision)
    assert set(words.RULES) == set(RuleCode)
    assert set(words.ACTIONS) == set(ActionType)
    assert set(words.ACTION_STATUSES) == set(ActionStatus)


def test_an_eml_uploaded_on_the_portal_is_read_as_an_email(
    client: TestClient, erp_ctx: Context
) -> None:
    token = _customer(client, erp_ctx)
    mail = (SAMPLES / "requests" / "01-keystone-damaged-and-short.eml").read_bytes()
    answer = client.post(
        "/portal",
        data={"csrf_token": token},
        files=[("files", ("forwarded.eml", mail, "message/rfc822"))],
        follow_redirects=False,
    )
    assert answer.status_code == 303
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        request = session.scalars(select(InboundRequest)).one()
        assert (request.status, request.outcome) == ("PROCESSED", "CASES_OPENED"), request.error
        cases = session.scalars(select(Case).order_by(Case.type)).all()
        assert sorted(case.type for case in cases) == ["DAMAGED", "SHORT"]
