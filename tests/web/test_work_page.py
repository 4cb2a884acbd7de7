"""The operator's page of durable work: failed work shows its error; a retry runs it."""

from dataclasses import replace

from fastapi.testclient import TestClient

from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from app.requests.tables import InboundRequest
from app.server import create_app
from tests.app.helpers import signed_in_staff
from tests.app.test_worker import _take_in_failing


def test_an_admin_sees_failed_work_with_its_error_and_retries_it(erp_ctx: Context) -> None:
    ctx = replace(erp_ctx, settings=erp_ctx.settings.model_copy(update={"job_max_attempts": 1}))
    request_id, blob, kept = _take_in_failing(ctx)
    with TestClient(create_app(ctx)) as client:
        headers = signed_in_staff(client, ctx, "admin@distributor.example", "admin")
        page = client.get("/admin/work")
        assert page.status_code == 200
        row = f'<td class="id">process:{request_id}</td>'
        assert row in page.text
        assert "FileNotFoundError" in page.text
        assert "1 done in the last 15 minutes" in page.text  # failed for good: not left
        blob.write_bytes(kept)
        retried = client.post(
            f"/admin/work/process:{request_id}/retry",
            data={"csrf_token": headers["X-CSRF-Token"]},
            follow_redirects=False,
        )
        assert retried.status_code == 303
        drain(ctx)
        assert row not in client.get("/admin/work").text  # done now
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.outcome is not None
