"""Issue 11's crash run in a short form (bench/crash.py): real worker processes on
PostgreSQL, killed with SIGKILL and started again. The takeover has its own test
(test_takeover.py); the full runs are in the README."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not os.environ.get("INTAKE_TEST_DATABASE_URL"), reason="the benches run on PostgreSQL"
)


def test_killed_workers_lose_nothing_and_do_nothing_twice() -> None:
    run = subprocess.run(
        [sys.executable, "bench/crash.py", "--requests", "8", "--kills", "2", "--every", "2",
         "--runs", "crash", "--timeout", "600", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    crash = figures["crash"]
    assert crash["kills"] == 2
    assert crash["requests lost"] == 0
    assert crash["audit"].startswith("ok")
    assert crash["notices mailed"] > 0  # the count of doubles below counts real mail
    for found in figures.values():
        assert found["requests processed twice"] == 0
        assert found["ERP documents issued twice"] == 0
        assert found["notices mailed twice"] == 0
