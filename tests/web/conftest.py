"""Fixtures of the web tests: a client of the whole application over the sample ERP data,
and for the real-browser tests a live server and Debian's chromium driven by Playwright.

INTAKE_CHROMIUM names the browser (default /usr/bin/chromium: `apt-get install -y
chromium`); a missing browser fails the test rather than skipping it.
"""

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect, sync_playwright

from app.context import Context
from app.server import create_app

# The suites run side by side (make test): a page may answer slowly under that load.
expect.set_options(timeout=15_000)

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


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client


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
