"""A request's transaction is committed before its response is sent.

A client told that a change was made (a 303 to the page that shows it, a 200 with the new
status) reads the change on its next request, and a commit that fails is an error
response, never a success the database does not hold. FastAPI runs a `yield`
dependency's exit after the response unless it is scoped to the function.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.context import Context
from app.jobs.local import process_file
from app.server import create_app
from tests.app.helpers import signed_in_staff
from tests.conftest import SAMPLE_REQUESTS

OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"


class _Recorder:
    """An ASGI wrapper that notes when each response starts, beside the commits."""

    def __init__(self, app: ASGIApp, happened: list[str]) -> None:
        self.app, self.happened = app, happened

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.happened.append(f"response {message['status']}")
            await send(message)

        await self.app(scope, receive, noting)


@pytest.fixture
def happened(erp_ctx: Context) -> Iterator[list[str]]:
    events: list[str] = []

    def committed(session: Session) -> None:
        events.append("commit")

    event.listen(erp_ctx.sessions, "after_commit", committed)
    yield events
    event.remove(erp_ctx.sessions, "after_commit", committed)


def test_an_approval_is_committed_before_the_client_hears_of_it(
    erp_ctx: Context, happened: list[str]
) -> None:
    line: dict[str, Any] = process_file(
        erp_ctx, OVER_LIMIT, channel=None, customer=None, received_at=None
    )
    case_id = line["cases"][0]["case_id"]
    with TestClient(_Recorder(create_app(erp_ctx), happened)) as client:
        finance = signed_in_staff(client, erp_ctx, "fin@distributor.example", "finance")
        happened.clear()
        page = client.post(
            f"/review/cases/{case_id}/take-over",
            data={"csrf_token": finance["X-CSRF-Token"]},
            follow_redirects=False,
        )
        assert page.status_code == 303
        assert happened == ["commit", "response 303"]

        happened.clear()
        response = client.post(f"/api/v1/cases/{case_id}/approve", json={}, headers=finance)
        assert response.status_code == 200
        # the approval's carrying out commits too, in the background, only after it
        assert happened[0] == "commit"
        assert "response 200" in happened
