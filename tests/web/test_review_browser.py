"""The reviewer pages in a real browser: Playwright driving Debian's chromium on a live server.

The fixtures (live_server, browser) are in tests/web/conftest.py. INTAKE_SCREENSHOTS=1
writes docs/screenshots/review-queue.png and review-case.png.
"""

import re
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from app.cases.audit import LEDGER, verify_chain
from app.cases.tables import CaseEvent
from app.context import Context
from app.db import transaction
from app.jobs.local import process_file
from app.jobs.worker import drain
from tests.conftest import SAMPLE_REQUESTS, SAMPLES
from tests.web.helpers import PASSWORD, add_user, screenshot

NOT_ON_ORDER = SAMPLE_REQUESTS / "24-harbor-filters-not-on-order.eml"
OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"
LATE = SAMPLE_REQUESTS / "03-riverbend-damaged-tees-late.eml"
PERSONAL_ADDRESS = SAMPLE_REQUESTS / "19-summit-tech-personal-email.eml"
SIDEWAYS_SCAN = SAMPLES / "documents" / "delivery-receipt-rotated.jpg"  # SO-104238, C-1003


def _case_id(ctx: Context, path: Path) -> str:
    line = process_file(ctx, path, channel=None, customer=None, received_at=None)
    return str(line["cases"][0]["case_id"])


def _signed_in(browser: Browser, server: str, email: str, problems: list[str]) -> Page:
    """A new browser context signed in as the user, on the review queue."""
    context: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # A refused form is an expected 4xx; anything else logged as an error is a defect.
    page.on(
        "console",
        lambda m: (
            problems.append(m.text) if m.type == "error" and "status of 4" not in m.text else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{server}/review")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{server}/review")
    return page


def _open(page: Page, case_id: str) -> None:
    page.get_by_role("button", name=f"Open case {case_id}").click()
    expect(page).to_have_url(re.compile(rf"/review/cases/{case_id}$"))
    page.wait_for_load_state()  # the page's scripts run: keys and the live preview work


def test_a_reviewer_corrects_a_sku_watches_the_decision_change_and_approves_by_key(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    flagged = _case_id(erp_ctx, NOT_ON_ORDER)
    _case_id(erp_ctx, LATE)
    add_user(erp_ctx, "rita@distributor.example", role="reviewer")
    problems: list[str] = []
    page = _signed_in(browser, live_server, "rita@distributor.example", problems)
    expect(page.get_by_role("link", name="Needs review: 2")).to_be_visible()

    _open(page, flagged)
    expect(page.locator("#decision")).to_have_text("Needs review")
    expect(page.locator("#rules")).to_contain_text("HVC-FLT-1625-M11 is not on any shipment")
    expect(page.locator("#hold")).to_have_text("You are working this case.")
    page.locator("#line-0-sku").select_option("HVC-REG-1006-W")
    expect(page.locator("#preview-decision")).to_have_text("Approve")  # before any save
    expect(page.locator("#decision")).to_have_text("Needs review")
    screenshot(page, "review-correction.png")
    page.get_by_role("button", name="Save the correction").click()

    expect(page.locator(".flash")).to_have_text("Saved. The rules now say: Approve.")
    expect(page.locator("#decision")).to_have_text("Approve")
    expect(page.locator("#field-line-0-sku .set-by")).to_contain_text(
        "set by rita@distributor.example; was HVC-FLT-1625-M11"
    )
    page.wait_for_load_state()
    page.keyboard.press("a")
    expect(page.locator("#case-status")).to_have_text("Approved")
    expect(page.locator("#carrying-out")).to_be_visible()
    expect(page.locator("#correction")).to_have_count(0)
    drain(erp_ctx)
    expect(page.locator("#carrying-out")).to_have_count(0, timeout=15_000)  # it refreshes
    expect(page.locator('tr.action[data-type="RMA"] .action-status')).to_contain_text("issued")
    expect(page.locator("#timeline")).to_contain_text("Approved by rita@distributor.example")

    page.keyboard.press("j")  # on to the next waiting case
    expect(page.locator("#decision")).to_have_text("Needs review")
    expect(page.locator("#rules")).to_contain_text("LATE_CLAIM")
    assert problems == []


def test_above_the_limit_a_reviewer_is_refused_and_finance_approves(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, OVER_LIMIT)
    add_user(erp_ctx, "rita@distributor.example", role="reviewer")
    add_user(erp_ctx, "fin@distributor.example", role="finance")
    problems: list[str] = []
    reviewer = _signed_in(browser, live_server, "rita@distributor.example", problems)
    _open(reviewer, case_id)
    reviewer.keyboard.press("a")
    expect(reviewer.locator("#problem")).to_contain_text("only a finance user may approve it")
    expect(reviewer.locator("#case-status")).to_have_text("Waiting for review")

    finance = _signed_in(browser, live_server, "fin@distributor.example", problems)
    expect(finance.locator("td.holder")).to_have_text("rita@distributor.example")
    _open(finance, case_id)
    expect(finance.locator("#hold")).to_contain_text("Being worked by rita@distributor.example")
    finance.get_by_role("button", name="Take it over").click()
    expect(finance.locator("#hold")).to_have_text("You are working this case.")
    finance.get_by_role("button", name="Approve").click()
    expect(finance.locator("#case-status")).to_have_text("Approved")
    expect(finance.locator("#timeline")).to_contain_text("Taken over by fin@distributor.example")
    assert problems == []


def test_a_form_with_a_wrong_csrf_token_is_refused(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    case_id = _case_id(erp_ctx, NOT_ON_ORDER)
    add_user(erp_ctx, "rita@distributor.example", role="reviewer")
    problems: list[str] = []
    page = _signed_in(browser, live_server, "rita@distributor.example", problems)
    _open(page, case_id)
    page.locator('#reject-form input[name="csrf_token"]').evaluate("e => e.value = 'forged'")
    page.get_by_label("Why it is rejected").fill("not ours")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_role("heading", name="The form could not be accepted")).to_be_visible()
    page.goto(f"{live_server}/review/cases/{case_id}")
    expect(page.locator("#case-status")).to_have_text("Waiting for review")
    assert problems == []


def test_a_scanned_page_is_shown_upright_with_the_fields_boxed_on_it(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    for sample in (NOT_ON_ORDER, LATE, OVER_LIMIT):  # a queue with more than one case
        _case_id(erp_ctx, sample)
    line = process_file(
        erp_ctx,
        SIDEWAYS_SCAN,
        channel="upload",
        # read surely, the receipt would be approved; sent in by another customer's account
        # it waits for a person (CUSTOMER_ORDER_MISMATCH), in the queue beside the others
        customer="C-1001",
        received_at=datetime(2026, 11, 7, 15, 0, tzinfo=UTC),
    )
    [case] = line["cases"]
    add_user(erp_ctx, "rita@distributor.example", role="reviewer")
    problems: list[str] = []
    page = _signed_in(browser, live_server, "rita@distributor.example", problems)
    page.set_viewport_size({"width": 1600, "height": 1000})
    expect(page.get_by_role("link", name="Needs review: 4")).to_be_visible()
    screenshot(page, "review-queue.png")

    _open(page, case["case_id"])
    picture = page.locator(".doc-page img")
    expect(picture).to_be_visible()
    picture.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    width, height = picture.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert height > width  # the receipt came in on its side (1754 x 1241); it is shown upright
    box = page.locator("rect.doc-box#ev-line-0-sku-box")
    expect(box).to_have_count(1)
    assert float(box.get_attribute("width") or 0) > 0
    page.locator("#field-line-0-sku a.source").click()  # the field's link lands on its mark
    expect(page).to_have_url(re.compile(r"#ev-line-0-sku$"))
    expect(page.locator("mark#ev-line-0-sku")).to_have_text("TST-7500-PRO")
    page.evaluate("window.scrollTo(0, 0)")
    page.locator(".case-documents").evaluate("panel => panel.scrollTo(0, 0)")
    screenshot(page, "review-case.png")
    assert problems == []


def test_a_reviewer_clears_the_queue_with_the_keyboard(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    waiting = {_case_id(erp_ctx, sample) for sample in (LATE, NOT_ON_ORDER, PERSONAL_ADDRESS)}
    add_user(erp_ctx, "rita@distributor.example", role="reviewer")
    problems: list[str] = []
    page = _signed_in(browser, live_server, "rita@distributor.example", problems)
    page.wait_for_load_state()
    page.keyboard.press("j")  # from the queue: the first case
    decided: dict[str, str] = {}
    for key, status in (("a", "Approved"), ("r", "Rejected"), ("a", "Approved")):
        expect(page).to_have_url(re.compile(r"/review/cases/case_\w+$"))
        page.wait_for_load_state()
        expect(page.locator("#case-status")).to_have_text("Waiting for review")
        case_id = page.url.rsplit("/", 1)[1]
        page.keyboard.press(key)
        if key == "r":  # r puts the cursor in the reason; Enter sends it
            page.keyboard.type("not ours to credit")
            page.keyboard.press("Enter")
        expect(page.locator("#case-status")).to_have_text(status)
        decided[case_id] = status
        page.wait_for_load_state()
        page.keyboard.press("j")
    expect(page).to_have_url(f"{live_server}/review")
    expect(page.locator(".flash")).to_have_text("The queue is clear: no other case is waiting.")
    assert set(decided) == waiting
    drain(erp_ctx)  # the approved cases' actions are carried out: the chain then holds them
    with transaction(erp_ctx.sessions) as session:
        assert verify_chain(session=session, keys=erp_ctx.audit_keys).intact
        for case_id, status in decided.items():
            kinds = session.scalars(
                select(CaseEvent.kind)
                .where(CaseEvent.case_id == case_id, CaseEvent.actor.startswith("user:"))
                .where(CaseEvent.kind != LEDGER)
                .order_by(CaseEvent.seq)
            ).all()
            assert kinds[-1] == status.lower()
    assert problems == []
