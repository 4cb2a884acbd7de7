"""The admin's webhooks page in a real browser: add an endpoint, test it, see the delivery
log fill as cases happen, send one again, disable it. Reviewers may not see the page."""

import re

from playwright.sync_api import Browser, expect

from app.context import Context
from app.jobs.worker import drain
from tests.events.receiver import receiver
from tests.events.test_webhooks import _take_in
from tests.web.helpers import PASSWORD, add_user, screenshot


def _sign_in(browser: Browser, live_server: str, email: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    return context, page


def test_an_admin_adds_tests_watches_and_disables_an_endpoint(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "admin@distributor.example", role="admin")
    context, page = _sign_in(browser, live_server, "admin@distributor.example")
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    with receiver() as got:
        page.get_by_role("link", name="Webhooks").click()
        expect(page).to_have_url(f"{live_server}/admin/webhooks")
        page.get_by_label("URL").fill(got.url)
        page.get_by_label("Note").fill("the ERP's returns listener")
        page.get_by_role("button", name="Add", exact=True).click()
        flash = page.locator(".flash")
        expect(flash).to_contain_text("Its signing secret: whsec_")
        got.secret = re.search(r"whsec_\S+", flash.inner_text()).group(0)  # type: ignore[union-attr]

        page.get_by_role("button", name="Test").click()
        expect(page.locator(".flash")).to_contain_text("HTTP 204")
        assert got.types() == ["webhook.test"]

        _take_in(erp_ctx)
        drain(erp_ctx)
        page.reload()
        rows = page.locator("table.deliveries tbody tr")
        expect(rows).to_have_count(len(got.accepted) - 1)  # the test ping is not logged
        expect(page.locator(".delivery-status").first).to_have_text("DELIVERED")
        screenshot(page, "webhooks.png")
        newest = rows.first.locator("span.id").inner_text()
        rows.first.get_by_role("button", name="Send again").click()
        expect(page.locator(".flash")).to_contain_text("queued")
        drain(erp_ctx)
        assert [e["id"] for e in got.accepted].count(newest) == 2  # the same event, again

        page.get_by_role("button", name="Disable").click()
        expect(page.locator(".endpoint-state")).to_contain_text("disabled")
    assert got.bad_signatures == 0
    assert problems == []
    context.close()


def test_a_reviewer_may_not_see_the_webhooks(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "reviewer@distributor.example", role="reviewer")
    context, page = _sign_in(browser, live_server, "reviewer@distributor.example")
    expect(page.get_by_role("link", name="Webhooks")).to_have_count(0)
    response = page.goto(f"{live_server}/admin/webhooks")
    assert response is not None
    assert response.status == 403
    context.close()
