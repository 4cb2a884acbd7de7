"""Small helpers for the app's tests: run the `intake` command, read JSON lines."""

import json
from typing import Any

from click.testing import CliRunner, Result

from app.cli import main


def intake(env: dict[str, str], *args: str) -> Result:
    """Run `intake ARGS` in-process with the test database's environment."""
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
