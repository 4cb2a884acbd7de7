"""A webhook receiver on loopback: a real HTTP server that verifies each delivery's signature
with the `standardwebhooks` package, as a distributor's system would."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Receiver:
    url: str = ""
    secret: str = ""
    fail_next: int = 0  # answer 503 to this many deliveries first
    accepted: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # event ids answered with an error
    bad_signatures: int = 0

    def take(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            event = Webhook(self.secret).verify(body, headers)
        except WebhookVerificationError:
            self.bad_signatures += 1
            return 400
        if self.fail_next > 0:
            self.fail_next -= 1
            self.refused.append(event["id"])
            return 503
        self.accepted.append(event)
        return 204

    def types(self, case_id: str | None = None) -> list[str]:
        return [e["type"] for e in self.accepted if case_id is None or e["case_id"] == case_id]


@contextmanager
def receiver() -> Iterator[Receiver]:
    """A running receiver; set `.secret` to the endpoint's before anything is sent."""
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            self.send_response(state.take(body, dict(self.headers.items())))
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_port}/hooks"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
