"""A plain-text mail's pipeline time, one request at a time on a quiet process (issue 15).

    .venv/bin/python bench/plain_mail.py [--n 400] [--db sqlite|postgres] [--profile]

Makes the month's ERP data and plain mails (bench/month.py, same seed), takes each mail in
and runs the pipeline on it in this process (read, extract, identify, decide and open the
cases: what `pipeline.stages` times; the cases' actions run later, as their own work), and
prints each stage's p50/p95/p99. As a baseline measured in the same run it prints the cost
of the smallest database transaction on the same database (one row read), so the pipeline
can be read as a multiple of it. --profile prints where the time goes (cProfile).
"""

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
from email import message_from_bytes
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "sample_docs" / "scripts")]

from bench.month import database, make_month, percentile  # noqa: E402


def plain_mails(n: int, seed: int) -> tuple[dict[str, Any], list[bytes]]:
    """The month's ERP data and its plain mails."""
    month = make_month(n, seed)
    return month.erp, only_plain(month.mails)


def only_plain(mails: list[bytes]) -> list[bytes]:
    """The mails with one text/plain part (no attachment, no HTML)."""
    plain = []
    for mail in mails:
        message = message_from_bytes(mail)
        if not message.is_multipart() and message.get_content_type() == "text/plain":
            plain.append(mail)
    return plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="requests in the month made")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top entries")
    args = parser.parse_args()
    erp, mails = plain_mails(args.n, args.seed)
    with tempfile.TemporaryDirectory() as folder, database(args.db, Path(folder)) as url:
        stages, baseline, profile = run(Path(folder), erp, mails, args.profile, url)
    report(stages, args.db)
    print(f"baseline: one row read in its own transaction, p50 {baseline * 1000:.2f} ms")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


def alone(erp: dict[str, Any], mails: list[bytes], db: str) -> None:
    """Print the pipeline's stages for these mails, one at a time (bench/month.py)."""
    with tempfile.TemporaryDirectory() as folder, database(db, Path(folder)) as url:
        stages, _, _ = run(Path(folder), erp, mails, False, url)
    report(stages, db)


def report(stages: list[dict[str, float]], db: str) -> None:
    warm = stages[3:]  # the first requests warm the caches and the lazy imports
    print(f"{len(warm)} plain mails, one at a time, {db}, the built-in extractor")
    print(f"{'stage (ms)':<12} {'p50':>8} {'p95':>8} {'p99':>8}")
    for stage in ("read", "extract", "lock", "identify", "decide", "total", "cpu"):
        values = [s[stage] * 1000 for s in warm if stage in s]
        p50, p95, p99 = (percentile(values, q) for q in (0.5, 0.95, 0.99))
        print(f"{stage:<12} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}")
    print("(cpu: this process's CPU time for the request, its commit included)")


def run(
    folder: Path, erp: dict[str, Any], mails: list[bytes], profiling: bool, url: str
) -> tuple[list[dict[str, float]], float, cProfile.Profile | None]:
    import os

    os.environ["INTAKE_DATA_DIR"] = str(folder)
    os.environ["INTAKE_DATABASE_URL"] = url
    from app.context import build_context
    from app.db import transaction, utcnow
    from app.erp.loader import load_erp
    from app.erp.schema import load_erp_file
    from app.logs import configure_logging
    from app.pipeline import process
    from app.requests.files import envelope_for_file
    from app.requests.service import take_in
    from app.requests.tables import InboundRequest
    from app.settings import Settings

    configure_logging(level="WARNING")  # the figures, not a line a request
    ctx = build_context(Settings())
    erp_file = folder / "erp.json"
    erp_file.write_text(json.dumps(erp))
    with transaction(ctx.sessions) as session:
        load_erp(session=session, document=load_erp_file(erp_file))
    recorded: list[dict[str, float]] = []
    profile = cProfile.Profile() if profiling else None

    def record(self: Any, *, total: float, **_: object) -> None:
        recorded.append({**self.seconds, "total": total})

    process.StageTimes.record = record  # type: ignore[method-assign]
    ids = []
    for number, mail in enumerate(mails):
        envelope = envelope_for_file(
            data=mail, source=f"mail-{number}.eml", channel="email", account_id=None,
            received_at=None, now=utcnow(),
        )  # fmt: skip
        with transaction(ctx.sessions) as session:
            ids.append(take_in(session=session, blobs=ctx.blobs, envelope=envelope).request.id)
    reads, cpu = [], []
    for request_id in ids:
        started = perf_counter()
        with transaction(ctx.sessions) as session:
            session.get(InboundRequest, request_id)
        reads.append(perf_counter() - started)
        if profile is not None and len(recorded) >= 3:
            profile.enable()
        cpu_started = process_time()
        with transaction(ctx.sessions) as session:
            process.process_request(
                session=session, request_id=request_id, blobs=ctx.blobs, policy=ctx.policy,
                limits=ctx.limits, erp=ctx.erp, max_lines=ctx.settings.max_claim_lines,
            )  # fmt: skip
        cpu.append(process_time() - cpu_started)
        if profile is not None:
            profile.disable()
    for times, seconds in zip(recorded, cpu, strict=True):
        times["cpu"] = seconds  # the commit included
    return recorded, percentile(reads, 0.5), profile


if __name__ == "__main__":
    main()
