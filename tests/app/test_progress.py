"""`intake process` of a folder shows its progress on a terminal's standard error, and
standard output keeps exactly one JSON line per file (cli.md, issue 15)."""

import json
import os
import pty
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_REQUESTS, own_work

FILES = [
    SAMPLE_REQUESTS / name for name in ("09-keystone-thank-you.eml", "14-summit-out-of-office.eml")
]


def test_a_terminal_sees_the_rate_and_the_lines_stay_json(cli_env: dict[str, str]) -> None:
    main, terminal = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "app", "process", "--json", *map(str, FILES)],
        cwd=ROOT,
        env=own_work({**os.environ, **cli_env}),
        stdout=subprocess.PIPE,
        stderr=terminal,
        check=False,
        timeout=120,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    lines = done.stdout.decode().splitlines()
    assert [json.loads(line)["outcome"] for line in lines] == ["NOT_A_CLAIM", "NOT_A_CLAIM"]
    assert b"processing" in shown
    assert b"files/s" in shown
    assert b"2/2" in shown
