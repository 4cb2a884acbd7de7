"""The reviewer pages over TestClient: roles, CSRF, the queue, claims, corrections, verdicts."""

import re
from pathlib import Path
from typing import Any

import pytest
import respx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.cases.audit import verify_chain
from app.cases.holds import HOLD_LASTS, take_hold
from app.cases.tables import Case, CaseEvent, DecisionRecord
from app.context import Context
from app.db import transaction, utcnow
from app.jobs.local import process_file
from app.jobs.worker import drain
from app.requests.tables import InboundRequest
from app.web import queue
from tests.app import test_hybrid as hybrid
from tests.conftest import SAMPLE_REQUESTS
from tests.llm_api import answering
from tests.web.helpers import add_user, csrf_of, sign_in

NOT_ON_ORDER = SAMPLE_REQUESTS / "24-harbor-filters-not-on-order.eml"
LATE = SAMPLE_REQUESTS / "03-riverbend-damaged-tees-late.eml"
OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"
THANK_YOU = SAMPLE_REQUESTS / "09-keystone-thank-you.eml"
AUTO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
PERSONAL_ADDRESS = SAMPLE_REQUESTS / "19-summit-tech-personal-email.eml"  # SENDER_UNVERIFIED


def _process(ctx: Context, path: Path) -> dict[str, Any]:
    line: dict[str, Any] = process_file(ctx, path, channel=None, customer=None, received_at=None)
    return line


def _case_id(ctx: Context, path: Path) -> str:
    return str(_process(ctx, path)["cases"][0]["case_id"])


def _staff(client: TestClient, ctx: Context, email: str, role: str = "reviewer") -> str:
    """Sign a new staff user in; return the page's CSRF token."""
    add_user(ctx, email, role=role)
    assert sign_in(client, email).status_code == 303
    return csrf_of(client.get("/review").text)


def _open(client: TestClient, case_id: str, token: str) -> str:
    answer = client.post(f"/review/cases/{case_id}/open", data={"csrf_token": token})
    assert answer.status_code == 200
    return answer.text


def _counts(ctx: Context) -> tuple[int, int]:
    with transaction(ctx.sessions) as session:
        events = session.scalar(select(func.count()).select_from(CaseEvent))
        records = session.scalar(select(func.count()).select_from(DecisionRecord))
    return int(events or 0), int(records or 0)


def test_a_customer_is_refused_and_a_reviewer_sees_the_waiting_cases(
    client: TestClient, erp_ctx: Context
) -> None:
    waiting = _case_id(erp_ctx, NOT_ON_ORDER)
    auto = _process(erp_ctx, AUTO)["cases"][0]["case_id"]
    add_user(erp_ctx, "tmorales@keystonemech.com", customer="C-1001")
    sign_in(client, "tmorales@keystonemech.com")
    assert client.get("/review").status_code == 403
    assert client.get(f"/review/cases/{waiting}").status_code == 403
    assert client.get("/review/not-claims").status_code == 403

    other = TestClient(client.app)
    assert other.get("/review", follow_redirects=False).status_code == 303  # to sign in
    _staff(other, erp_ctx, "rev@example.com")
    page = other.get("/review").text
    assert waiting in page
    assert auto not in page  # approved by the rules: nobody waits on it
    assert "Needs review: 1" in page


def test_the_queue_filters_and_puts_the_urgent_first(client: TestClient, erp_ctx: Context) -> None:
    late = _case_id(erp_ctx, LATE)
    over = _case_id(erp_ctx, OVER_LIMIT)
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, over)
        assert case is not None
        request = session.get(InboundRequest, case.request_id)
        assert request is not None
        request.claim = request.claim.model_copy(update={"urgent": True})
    _staff(client, erp_ctx, "rev@example.com")
    page = client.get("/review").text
    assert page.index(over) < page.index(late)  # urgent first, though newer
    filtered = client.get("/review", params={"reason": "LATE_CLAIM"}).text
    assert late in filtered
    assert over not in filtered
    by_customer = client.get("/review", params={"customer": "C-1004"}).text
    assert over in by_customer
    assert late not in by_customer
    assert late not in client.get("/review", params={"age": 3}).text


def test_the_queue_shows_its_first_rows_and_counts_them_all(
    client: TestClient, erp_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = _case_id(erp_ctx, LATE)
    over = _case_id(erp_ctx, OVER_LIMIT)
    _staff(client, erp_ctx, "rev@example.com")
    monkeypatch.setattr(queue, "SHOWN", 1)
    page = client.get("/review").text
    assert "1 of 2 waiting cases shown" in page
    assert late in page  # the oldest first
    assert over not in page


def test_every_post_refuses_a_missing_or_wrong_csrf_token(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    not_claim = _process(erp_ctx, THANK_YOU)["request_id"]
    _staff(client, erp_ctx, "rev@example.com")
    posts = [
        f"/review/cases/{case_id}/open",
        f"/review/cases/{case_id}/take-over",
        f"/review/cases/{case_id}/preview",
        f"/review/cases/{case_id}/correct",
        f"/review/cases/{case_id}/approve",
        f"/review/cases/{case_id}/reject",
        "/review/next",
        f"/review/not-claims/{not_claim}/reopen",
    ]
    before = _counts(erp_ctx)
    for url in posts:
        assert client.post(url, data={}).status_code == 403, url
        assert client.post(url, data={"csrf_token": "forged"}).status_code == 403, url
        refused = client.post(url, data={}, headers={"X-CSRF-Token": "forged"})
        assert refused.status_code == 403, url
    assert _counts(erp_ctx) == before
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.status, case.held_by) == ("IN_REVIEW", None)


def test_opening_claims_a_case_and_another_reviewer_takes_it_over(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    first = _staff(client, erp_ctx, "ana@example.com")
    assert "You are working this case." in _open(client, case_id, first)
    assert "ana@example.com" in client.get("/review").text  # the queue says who works it

    other = TestClient(client.app)
    second = _staff(other, erp_ctx, "ben@example.com")
    page = _open(other, case_id, second)
    assert "Being worked by <strong>ana@example.com</strong>" in page
    refused = other.post(f"/review/cases/{case_id}/approve", data={"csrf_token": second})
    assert refused.status_code == 409
    assert "take it over first" in refused.text
    taken = other.post(f"/review/cases/{case_id}/take-over", data={"csrf_token": second})
    assert "You are working this case." in taken.text
    assert (
        "Being worked by <strong>ben@example.com</strong>"
        in client.get(f"/review/cases/{case_id}").text
    )
    with transaction(erp_ctx.sessions) as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "taken_over")).one()
        assert event.details["before"] != event.details["after"]


def test_a_preview_decides_again_and_leaves_nothing_behind(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    token = _staff(client, erp_ctx, "rev@example.com")
    page = _open(client, case_id, token)
    assert 'id="line-0-sku"' in page
    assert "HVC-REG-1006-W" in page
    before = _counts(erp_ctx)
    form = {
        "csrf_token": token,
        "order_number": "SO-104246",
        "line-0-sku": "HVC-REG-1006-W",
        "line-0-quantity": "2",
        "line-0-reason": "OVERSHIPPED",
    }
    answer = client.post(
        f"/review/cases/{case_id}/preview", data=form, headers={"HX-Request": "true"}
    )
    assert answer.status_code == 200
    assert 'id="preview-decision">Approve<' in answer.text
    assert "<html" not in answer.text  # only the fragment htmx swaps in
    plain = client.post(f"/review/cases/{case_id}/preview", data=form)
    assert 'id="preview-decision">Approve<' in plain.text
    assert "<html" in plain.text
    assert _counts(erp_ctx) == before
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.decision, case.lines[0].sku) == ("NEEDS_REVIEW", "HVC-FLT-1625-M11")


def test_a_saved_correction_shows_who_set_it_and_then_approval_carries_out_the_actions(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    token = _staff(client, erp_ctx, "rev@example.com")
    _open(client, case_id, token)
    form = {
        "csrf_token": token,
        "order_number": "SO-104246",
        "line-0-sku": "HVC-REG-1006-W",
        "line-0-quantity": "2",
        "line-0-reason": "OVERSHIPPED",
    }
    page = client.post(f"/review/cases/{case_id}/correct", data=form).text
    assert "The rules now say: Approve." in page
    assert "set by rev@example.com; was HVC-FLT-1625-M11" in page
    assert 'id="decision">Approve<' in page
    order_row = page.split('id="field-order_number"', 1)[1].split("</tr>", 1)[0]
    assert "set by" not in order_row  # the order was not changed

    approved = client.post(f"/review/cases/{case_id}/approve", data={"csrf_token": token})
    # the engine in this process may carry the actions out before the page is drawn:
    # the page says they are being carried out, or shows them done
    assert 'id="carrying-out"' in approved.text or "RMA CREATED" in approved.text
    assert 'id="correction"' not in approved.text  # an approved case is not edited
    drain(erp_ctx)
    actions = client.get(f"/review/cases/{case_id}/actions").text
    assert 'data-status="CREATED"' in actions
    assert "carrying-out" not in actions
    again = client.post(f"/review/cases/{case_id}/correct", data=form)
    assert again.status_code == 409
    timeline = client.get(f"/review/cases/{case_id}").text
    assert "Corrected</strong> by rev@example.com" in timeline
    assert "Approved</strong> by rev@example.com" in timeline
    with transaction(erp_ctx.sessions) as session:
        assert verify_chain(session=session, keys=erp_ctx.audit_keys).intact


def test_duty_separation_refusals_are_a_message_not_an_error(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, OVER_LIMIT)
    token = _staff(client, erp_ctx, "rev@example.com")
    _open(client, case_id, token)
    refused = client.post(f"/review/cases/{case_id}/approve", data={"csrf_token": token})
    assert refused.status_code == 403
    assert "only a finance user may approve it" in refused.text
    finance = TestClient(client.app)
    money = _staff(finance, erp_ctx, "fin@example.com", role="finance")
    finance.post(f"/review/cases/{case_id}/take-over", data={"csrf_token": money})
    done = finance.post(f"/review/cases/{case_id}/approve", data={"csrf_token": money})
    assert done.status_code == 200
    assert "Approved: the actions are being carried out." in done.text


def test_a_message_judged_not_a_claim_is_reopened_into_the_queue(
    client: TestClient, erp_ctx: Context
) -> None:
    request_id = _process(erp_ctx, THANK_YOU)["request_id"]
    token = _staff(client, erp_ctx, "rev@example.com")
    listed = client.get("/review/not-claims").text
    assert request_id in listed
    assert "no claim language" in listed
    form = {
        "csrf_token": token,
        "order_number": "SO-104230",
        "line-0-sku": "FTG-PVC-T-200",
        "line-0-quantity": "12",
        "line-0-reason": "DAMAGED",
        "line-1-sku": "",
        "line-1-quantity": "",
        "line-1-reason": "DAMAGED",
    }
    queue = client.post(f"/review/not-claims/{request_id}/reopen", data=form).text
    assert "Reopened as a claim: 1 case(s) opened." in queue
    with transaction(erp_ctx.sessions) as session:
        case = session.scalars(select(Case).where(Case.request_id == request_id)).one()
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "reopened")).one()
        actor = event.actor
        assert case.lines[0].sku == "FTG-PVC-T-200"
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.outcome == "CASES_OPENED"
    assert actor.startswith("user:")
    page = client.get(f"/review/cases/{case.id}").text
    assert "set by rev@example.com" in page
    assert request_id not in client.get("/review/not-claims").text
    again = client.post(f"/review/not-claims/{request_id}/reopen", data=form)
    assert "Not reopened" in again.text


@pytest.mark.parametrize("role", ["reviewer", "finance", "admin"])
def test_every_staff_role_sees_the_queue(client: TestClient, erp_ctx: Context, role: str) -> None:
    _staff(client, erp_ctx, f"{role}@example.com", role=role)
    assert client.get("/review").status_code == 200


def test_a_claim_lapses_so_a_case_is_never_stuck(erp_ctx: Context) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        opened = utcnow()
        assert take_hold(session=session, case=case, user_id="usr_a", now=opened).mine
        held = take_hold(session=session, case=case, user_id="usr_b", now=opened + HOLD_LASTS / 2)
        assert (held.mine, held.holder) == (False, "usr_a")
        later = take_hold(session=session, case=case, user_id="usr_b", now=opened + HOLD_LASTS)
        assert (later.mine, later.holder) == (True, "usr_b")


def test_the_case_page_shows_the_request_with_each_field_linked_to_its_source(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    token = _staff(client, erp_ctx, "rev@example.com")
    page = _open(client, case_id, token)
    assert page.count('id="documents"') == 1
    documents = page.split('id="documents"', 1)[1].split("</section>", 1)[0]
    links = re.findall(r'<a class="source" href="#(ev-[\w-]+)">', page)
    assert "ev-line-0-sku" in links
    for anchor in links:  # every field's link lands on a mark holding its quote
        mark = re.search(rf'<mark id="{anchor}"[^>]*>(.*?)</mark>', documents, re.S)
        assert mark is not None, anchor
    sku_mark = re.search(r'<mark id="ev-line-0-sku"[^>]*>(.*?)</mark>', documents, re.S)
    assert sku_mark is not None
    assert sku_mark.group(1) == "HVC-FLT-1625-M11"
    assert '/static/documents.css"' in page


def test_where_the_extractors_disagree_the_case_page_shows_both_readings(
    client: TestClient, erp_ctx: Context, tmp_path: Path
) -> None:
    sixteen = {**hybrid.LINES[0], "quantity": {"value": 16, "quote": "16 units arrived damaged"}}
    answer = {**hybrid.ANSWER, "lines": [sixteen, hybrid.LINES[1]]}
    with respx.mock(base_url=hybrid.BASE_URL, assert_all_mocked=True) as api:
        route = api.post("/chat/completions").mock(side_effect=answering(answer))
        line = _process(hybrid._hybrid(erp_ctx), hybrid._unsure(tmp_path))
    assert route.call_count == 1
    damaged = next(case for case in line["cases"] if case["type"] == "DAMAGED")
    token = _staff(client, erp_ctx, "rev@example.com")
    page = _open(client, damaged["case_id"], token)
    row = page.split('id="field-line-0-quantity"', 1)[1].split("</tr>", 1)[0]
    assert '<td class="value">18</td>' in row  # the built-in reading stands, flagged
    assert "flagged" in page.split('id="field-line-0-quantity"', 1)[0].rsplit("<tr", 1)[1]
    assert "llm read “16”" in row


def test_a_reviewer_vouches_for_an_unverified_sender(client: TestClient, erp_ctx: Context) -> None:
    case_id = _case_id(erp_ctx, PERSONAL_ADDRESS)
    token = _staff(client, erp_ctx, "rev@example.com")
    page = _open(client, case_id, token)
    assert 'id="customer_id" name="customer_id" value=""' in page  # not verified: blank
    form = {
        "csrf_token": token,
        "order_number": "SO-104244",
        "customer_id": "C-1003",
        "line-0-sku": "HVC-CND-PUMP",
        "line-0-quantity": "2",
        "line-0-reason": "DAMAGED",
    }
    preview = client.post(f"/review/cases/{case_id}/preview", data=form).text
    assert "If saved, the rules say:" in preview
    saved = client.post(f"/review/cases/{case_id}/correct", data=form).text
    assert "Saved. The rules now say: Approve." in saved
    customer_row = saved.split('id="field-customer"', 1)[1].split("</tr>", 1)[0]
    assert "set by rev@example.com" in customer_row
    assert 'id="customer_id" name="customer_id" value="C-1003"' in saved


def test_a_message_whose_claim_lay_past_a_limit_waits_for_a_person_first(
    client: TestClient, erp_ctx: Context, tmp_path: Path
) -> None:
    from tests.hostile.make_corpus import deep_nesting

    thanks = _process(erp_ctx, THANK_YOU)["request_id"]
    nested = tmp_path / "forwarded.eml"
    nested.write_bytes(deep_nesting())  # the claim is 8 messages deep; the limit is 5
    result = _process(erp_ctx, nested)
    assert result["outcome"] == "NEEDS_REVIEW"  # never NOT_A_CLAIM: it may hide a claim
    _staff(client, erp_ctx, "rev@example.com")
    listed = client.get("/review/not-claims").text
    assert listed.index(result["request_id"]) < listed.index(thanks)
    assert "A person must read it:" in listed
    assert "nested deeper than 5" in listed


@pytest.mark.parametrize("quantity", ["9" * 5000, "²", "1000001", "0"])
def test_a_quantity_int_refuses_or_past_the_maximum_is_explained_not_a_500(
    client: TestClient, erp_ctx: Context, quantity: str
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    token = _staff(client, erp_ctx, "rev@example.com")
    _open(client, case_id, token)
    form = {
        "csrf_token": token,
        "order_number": "SO-104246",
        "line-0-sku": "HVC-REG-1006-W",
        "line-0-quantity": quantity,
        "line-0-reason": "OVERSHIPPED",
    }
    answer = client.post(f"/review/cases/{case_id}/preview", data=form)
    assert answer.status_code == 422
    assert "must be a whole number from 1 to 1,000,000" in answer.text
