"""Issue 11's takeover: of two `intake worker` processes one is killed for good in the
middle of its work, and the other finishes that work, once. Real processes, real kills."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cases.tables import Case, Notice
from app.context import Context
from app.db import transaction, utcnow
from app.requests.files import envelope_for_file
from app.requests.service import take_in
from app.requests.tables import InboundRequest, RequestStatus
from tests.conftest import ROOT, SAMPLE_REQUESTS, own_work

SCAN = ROOT / "sample_docs" / "documents" / "packing-list-2-pages.tif"
CUSTOMERS = ("C-1001", "C-1002", "C-1003")


def _take_in(ctx: Context, path: Path, customer: str | None) -> str:
    envelope = envelope_for_file(
        data=path.read_bytes(),
        source=path.name,
        channel="upload" if customer else None,
        account_id=customer,
        received_at=None,
        now=utcnow(),
    )
    with transaction(ctx.sessions) as session:  # no engine here: the workers' sweep finds it
        return take_in(session=session, blobs=ctx.blobs, envelope=envelope).request.id


def _statuses(ctx: Context, ids: list[str]) -> list[str]:
    with transaction(ctx.sessions) as session:
        return [session.get(InboundRequest, i).status for i in ids]  # type: ignore[union-attr]


def _count(ctx: Context, table: type) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.fixture
def start_worker(cli_env: dict[str, str]) -> Iterator[object]:
    started: list[subprocess.Popen[bytes]] = []
    schema = own_work(cli_env)["INTAKE_WORK_SCHEMA"]

    def start(name: str) -> subprocess.Popen[bytes]:
        env = {
            **os.environ,
            **cli_env,
            "INTAKE_WORK_SCHEMA": schema,  # the two workers' own (tests/conftest.py own_work)
            "INTAKE_WORKER_ID": name,
            "INTAKE_WORKER_CONCURRENCY": "1",
            "INTAKE_WORKER_BEAT_SECONDS": "0.5",
            "INTAKE_WORKER_DEAD_SECONDS": "3",
            "INTAKE_POLL_SECONDS": "3600",
        }
        worker = subprocess.Popen(
            [sys.executable, "-m", "app", "worker"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL
        )
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.kill()  # what it left is this test's own database's
        worker.wait()


def _until(check: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_a_worker_killed_for_good_has_its_work_finished_by_the_other_once(
    erp_ctx: Context, start_worker: object
) -> None:
    ids = [_take_in(erp_ctx, SCAN, customer) for customer in CUSTOMERS]
    ids.append(_take_in(erp_ctx, SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml", None))
    doomed = start_worker("doomed")  # type: ignore[operator]
    assert _until(lambda: RequestStatus.PROCESSING in _statuses(erp_ctx, ids), 90)
    doomed.send_signal(signal.SIGKILL)  # in the middle of a request: never comes back
    doomed.wait()
    killed_at = time.monotonic()
    start_worker("survivor")  # type: ignore[operator]
    done = _until(lambda: set(_statuses(erp_ctx, ids)) == {RequestStatus.PROCESSED}, 180)
    print(f"takeover: the survivor finished the dead worker's work in "
          f"{time.monotonic() - killed_at:.1f} s")  # fmt: skip
    assert done, _statuses(erp_ctx, ids)
    # Sample 01 opens two cases, each answered once; the scans are packing lists, no claims.
    assert _until(lambda: _count(erp_ctx, Notice) >= 2, 60)
    time.sleep(2)  # anything done twice would show by now
    assert (_count(erp_ctx, Case), _count(erp_ctx, Notice)) == (2, 2)
