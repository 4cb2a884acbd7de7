"""Small helpers for the app's tests: run the `intake` command, read JSON lines."""

import json
from typing import Any

from click.testing import CliRunner, Result
from fastapi.testclient import TestClient

from app.auth.keys import create_key
from app.cli import main
from app.context import Context
from app.db import transaction
from tests.web.helpers import add_user, csrf_of, sign_in


def intake(env: dict[str, str], *args: str) -> Result:
    """Run `intake ARGS` in-process with the test database's environment."""
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def api_key(ctx: Context, customer_id: str | None) -> dict[str, str]:
    """Authorization headers with a new key of a customer account (None: the operator)."""
    with transaction(ctx.sessions) as session:
        return {"Authorization": f"Bearer {create_key(session=session, customer_id=customer_id)}"}


def signed_in_staff(client: TestClient, ctx: Context, email: str, role: str) -> dict[str, str]:
    """Add a staff user, sign it in on the client, and return the CSRF header its calls send."""
    add_user(ctx, email, role=role)
    assert sign_in(client, email).status_code == 303
    return {"X-CSRF-Token": csrf_of(client.get("/review").text)}
