"""Small helpers for the app's tests: run the `intake` command, read JSON lines."""

import json
from typing import Any

from click.testing import CliRunner, Result

from app.auth.keys import create_key
from app.cli import main
from app.context import Context
from app.db import transaction


def intake(env: dict[str, str], *args: str) -> Result:
    """Run `intake ARGS` in-process with the test database's environment."""
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def api_key(ctx: Context, customer_id: str | None) -> dict[str, str]:
    """Authorization headers with a new key of a customer account (None: the operator)."""
    with transaction(ctx.sessions) as session:
        return {"Authorization": f"Bearer {create_key(session=session, customer_id=customer_id)}"}
