"""/insights in a real browser: the figures, a chart bar and an anomaly lead to their cases.

The fixtures (live_server, browser) are in tests/web/conftest.py. The README's picture,
docs/screenshots/insights.png, is of `make run`'s data (the sample requests and the
generated history), not of this test's small history.
"""

import re
from pathlib import Path

from playwright.sync_api import Browser, expect

from app.context import Context
from tests.insights.history import load_small_history
from tests.web.helpers import PASSWORD, add_user


def test_a_lead_filters_the_dashboard_and_follows_an_anomaly_to_its_cases(
    browser: Browser, live_server: str, erp_ctx: Context, tmp_path: Path
) -> None:
    load_small_history(erp_ctx, tmp_path)
    add_user(erp_ctx, "lead@distributor.example", role="finance")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{live_server}/insights")
    page.get_by_label("Email").fill("lead@distributor.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server}/insights")

    expect(page.locator("#fig-cases")).to_have_text("28")
    expect(page.get_by_role("img", name="Cases a week (by received date)")).to_be_visible()
    anomaly = page.locator("#anomalies tr", has_text="XPO-LTL DC-EAST → NJ")
    expect(anomaly).to_contain_text("damage_rate")

    page.locator("#insight-filters select[name=carrier]").select_option("RL-CARRIERS")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"carrier=RL-CARRIERS"))
    expect(page.locator("#fig-cases")).to_have_text("9")

    page.goto(f"{live_server}/insights")
    page.locator("#anomalies tr", has_text="damage_rate").get_by_role("link").click()
    expect(page.locator("#cases-behind tbody tr")).to_have_count(13)
    page.locator("#cases-behind tbody a").first.click()
    expect(page).to_have_url(re.compile(r"/review/cases/case_"))

    page.goto(f"{live_server}/insights")
    page.locator("svg a").first.click()
    expect(page).to_have_url(re.compile(r"/insights/cases\?since=2026-0"))
    expect(page.locator("#cases-behind tbody tr").first).to_be_visible()
    assert problems == []
    context.close()
