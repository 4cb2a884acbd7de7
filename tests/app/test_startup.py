"""The command starts without the LLM client stack unless an LLM is configured (issue 15):
`intake --help` and offline processing never import openai or instructor."""

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_REQUESTS, own_work

HEAVY = ("openai", "instructor", "scipy")  # scipy: only `intake insights anomalies` needs it


def _imported_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    return set(done.stdout.split())


def test_the_command_loads_without_the_llm_stack() -> None:
    assert _imported_after("import app.cli") == set()


def test_offline_processing_never_loads_the_llm_stack(cli_env: dict[str, str]) -> None:
    sample = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
    code = (
        "from click.testing import CliRunner\n"
        "from app.cli import main\n"
        f"result = CliRunner().invoke(main, ['process', '--json', {str(sample)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
    )
    assert _imported_after(code, env=own_work({**os.environ, **cli_env})) == set()
