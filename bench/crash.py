"""Issue 11's crash run: requests submitted through the API to two workers on PostgreSQL,
one of them killed with SIGKILL every few seconds and started again, until all is done.
Then also the takeover (one worker killed and not started again) and the long job (a
request whose processing outlasts any timeout, with two workers).

    .venv/bin/python bench/crash.py                      # 200 requests, >= 50 kills
    .venv/bin/python bench/crash.py --requests 24 --kills 6    # the short form

Prints requests lost, processed twice, ERP documents and notices doubled, and
`intake audit verify`: all must be 0 / ok. Needs PostgreSQL on 127.0.0.1:5432 (trust).
"""

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fleet import (
    ROOT,
    SCANS,
    audit_verify,
    doubled,
    fleet,
    mail_sink,
    mix,
    print_json,
    statuses,
    unique,
)

WORKER = {"INTAKE_WORKER_CONCURRENCY": "2", "INTAKE_WORKER_BEAT_SECONDS": "1",
          "INTAKE_WORKER_DEAD_SECONDS": "5", "INTAKE_JOB_RETRY_SECONDS": "0.5"}  # fmt: skip


def done(figures: dict[str, int], total: int) -> bool:
    return figures.get("PROCESSED", 0) + figures.get("FAILED", 0) >= total


def crash_run(tmp: Path, requests: int, kills: int, every: float, timeout: float) -> dict:
    rng = random.Random(7)
    with mail_sink() as sink, fleet("bench_crash", tmp, **sink.settings()) as bench:
        ids = bench.submit(mix(requests))
        for name in ("w1", "w2"):
            bench.start_worker(name, **WORKER)
        started, killed = time.monotonic(), 0
        while time.monotonic() - started < timeout:
            time.sleep(every * rng.uniform(0.5, 1.5))
            if killed < kills:
                victim = rng.choice(sorted(bench.workers))
                bench.kill_worker(victim)
                bench.start_worker(victim, **WORKER)  # the same id: it recovers its own
                killed += 1
            elif done(statuses(bench, ids), len(ids)):
                break
        time.sleep(3)  # what follows a request (notices) settles
        seen = statuses(bench, ids)
        return {
            "requests": len(ids),
            "kills": killed,
            "seconds": round(time.monotonic() - started, 1),
            "statuses": seen,
            "requests lost": len(ids) - seen.get("PROCESSED", 0) - seen.get("FAILED", 0),
            **doubled(bench, sink),
            "audit": audit_verify(bench),
        }


def takeover_run(tmp: Path, timeout: float) -> dict:
    with mail_sink() as sink, fleet("bench_takeover", tmp, **sink.settings()) as bench:
        ids = bench.submit([unique(SCANS[0], n) for n in range(6)])
        bench.start_worker("doomed", **WORKER)
        while statuses(bench, ids).get("PROCESSING", 0) == 0:
            time.sleep(0.05)
        bench.kill_worker("doomed")  # for good
        killed = time.monotonic()
        bench.start_worker("survivor", **WORKER)
        while not done(statuses(bench, ids), len(ids)) and time.monotonic() - killed < timeout:
            time.sleep(0.2)
        return {
            "takeover seconds": round(time.monotonic() - killed, 1),
            "statuses": statuses(bench, ids),
            **doubled(bench, sink),
        }


def long_job_run(tmp: Path, timeout: float) -> dict:
    """Two workers; one request whose processing takes longer than the time after which a
    silent worker is thought dead: a slow worker is not a dead one (it keeps beating)."""
    settings = {**WORKER, "INTAKE_WORKER_DEAD_SECONDS": "2"}
    with mail_sink() as sink, fleet("bench_long", tmp, **sink.settings()) as bench:
        item = unique(ROOT / "sample_docs" / "documents" / "packing-list-2-pages.tif", 1)
        ids = bench.submit([item])
        for name in ("w1", "w2"):
            bench.start_worker(name, **settings)
        started = time.monotonic()
        while not done(statuses(bench, ids), 1) and time.monotonic() - started < timeout:
            time.sleep(0.2)
        return {"long job seconds": round(time.monotonic() - started, 1),
                "statuses": statuses(bench, ids), **doubled(bench, sink)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--every", type=float, default=3.0, help="seconds between kills")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--json", action="store_true", help="all figures as one JSON line")
    parser.add_argument(
        "--runs", default="crash,takeover,long job", help="which runs, comma-separated"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = {
            "crash": lambda: crash_run(
                Path(tmp), args.requests, args.kills, args.every, args.timeout
            ),
            "takeover": lambda: takeover_run(Path(tmp), args.timeout),
            "long job": lambda: long_job_run(Path(tmp), args.timeout),
        }
        figures = {name: runs[name]() for name in args.runs.split(",")}
    if args.json:
        print(json.dumps(figures, default=str))
        return
    for run, found in figures.items():
        print(f"{run} run:")
        print_json(found)


if __name__ == "__main__":
    main()
