"""The portal in a real browser: Playwright driving Debian's chromium against a live server.

The fixtures (live_server, browser) are in tests/web/conftest.py. INTAKE_SCREENSHOTS=1
writes docs/screenshots/portal-form.png and portal-request.png.
"""

import re

from playwright.sync_api import Browser, FilePayload, expect
from sqlalchemy import select

from app.cases.tables import Case
from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from app.web import words
from rules.vocabulary import Decision
from tests.web.helpers import PASSWORD, add_user, screenshot, text_pdf

WAITING = words.STATUSES["RECEIVED"]


def test_a_customer_sends_a_claim_and_a_pdf_and_follows_them(
    live_server: str, browser: Browser, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "tmorales@keystonemech.com", customer="C-1001")
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(f"{live_server}/portal")
    expect(page).to_have_url(f"{live_server}/login?next=/portal")
    page.get_by_label("Email").fill("tmorales@keystonemech.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server}/portal")

    page.get_by_label("Order number").fill("SO-104233")
    page.get_by_label("SKU").fill("VLV-2210-BR")
    page.get_by_label("Quantity").fill("2")
    page.get_by_label("Reason").select_option("DAMAGED")
    page.get_by_label("Note").fill("Two valves crushed on the pallet.")
    page.get_by_role("button", name="Add a line").click()
    expect(page.locator("#line-1-sku")).to_be_focused()  # a second, empty line
    screenshot(page, "portal-form.png")
    page.get_by_role("button", name="Send the request").click()

    expect(page).to_have_url(re.compile(r"/portal/requests/req_\w+$"))
    expect(page.locator("#request-status")).to_have_text(WAITING)
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        decision = session.scalars(select(Case.decision)).one()
    expect(page.locator(".case .decision")).to_have_text(  # the page refreshes itself
        words.DECISIONS[Decision(decision)], timeout=15_000
    )
    expect(page.locator(".case h3")).to_contain_text("Damaged")
    expect(page.get_by_role("cell", name="VLV-2210-BR")).to_be_visible()
    screenshot(page, "portal-request.png")

    page.get_by_role("link", name="New request").click()
    pdf = text_pdf(["Return request", "Order SO-104233: 2 x VLV-2210-BR arrived damaged."])
    upload: FilePayload = {
        "name": "claim-SO-104233.pdf",
        "mimeType": "application/pdf",
        "buffer": pdf,
    }
    page.get_by_label("Files").set_input_files(files=[upload])
    page.get_by_role("button", name="Send the request").click()
    expect(page).to_have_url(re.compile(r"/portal/requests/req_\w+$"))
    expect(page.get_by_text("Upload: claim-SO-104233.pdf")).to_be_visible()
    drain(erp_ctx)
    expect(page.locator("#request-status")).not_to_have_text(WAITING, timeout=15_000)

    page.get_by_role("link", name="Your requests").click()
    expect(page.get_by_role("cell", name="claim-SO-104233.pdf")).to_be_visible()
    expect(page.get_by_role("cell", name="Claim form")).to_be_visible()
    assert problems == []
    context.close()
