"""The portal in a real browser: Playwright driving Debian's chromium against a live server.

The server is the application `intake serve` runs, on a free port of 127.0.0.1 in a
background thread, over a test database holding the sample ERP data. INTAKE_CHROMIUM
names the browser (default /usr/bin/chromium: `apt-get install -y chromium`); a missing
browser fails the test rather than skipping it. INTAKE_SCREENSHOTS=1 writes the
screenshots of docs/screenshots/.
"""

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, FilePayload, Page, expect, sync_playwright
from sqlalchemy import select

from app.api.main import create_app
from app.cases.tables import Case
from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from app.web import words
from rules.vocabulary import Decision
from tests.conftest import ROOT
from tests.web.helpers import PASSWORD, add_user, text_pdf

CHROMIUM = os.environ.get("INTAKE_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
WAITING = words.STATUSES["RECEIVED"]


@pytest.fixture
def live_server(erp_ctx: Context) -> Iterator[str]:
    """The whole application served on a free port of 127.0.0.1."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(erp_ctx), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=15)
    listener.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"no chromium at {CHROMIUM}: apt-get install -y chromium "
            "(scripts/bootstrap.sh does), or set INTAKE_CHROMIUM to a chromium binary"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def _shoot(page: Page, name: str) -> None:
    if os.environ.get("INTAKE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


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
    _shoot(page, "portal-form.png")
    page.get_by_role("button", name="Send the request").click()

    expect(page).to_have_url(re.compile(r"/portal/requests/req_\w+$"))
    expect(page.locator("#request-status")).to_have_text(WAITING)
    drain(erp_ctx, worker="t")
    with transaction(erp_ctx.sessions) as session:
        decision = session.scalars(select(Case.decision)).one()
    expect(page.locator(".case .decision")).to_have_text(  # the page refreshes itself
        words.DECISIONS[Decision(decision)], timeout=15_000
    )
    expect(page.locator(".case h3")).to_contain_text("Damaged")
    expect(page.get_by_role("cell", name="VLV-2210-BR")).to_be_visible()
    _shoot(page, "portal-request.png")

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
    drain(erp_ctx, worker="t")
    expect(page.locator("#request-status")).not_to_have_text(WAITING, timeout=15_000)

    page.get_by_role("link", name="Your requests").click()
    expect(page.get_by_role("cell", name="claim-SO-104233.pdf")).to_be_visible()
    expect(page.get_by_role("cell", name="Claim form")).to_be_visible()
    assert problems == []
    context.close()
