"""Measure what the keyed audit chain costs: sealing N events, and verifying the chain.

    .venv/bin/python bench/audit.py [N ...]          (default: 1000 10000)

On a fresh SQLite database in a temporary folder (or INTAKE_DATABASE_URL, e.g. a
PostgreSQL database of your own), one sample request is processed for a case, then N
events are appended to it, 100 per transaction (each takes the head's lock, reads the
current key from the key directory and seals with HMAC-SHA256); then `verify_chain`
walks the whole chain, checks every seal, a checkpoint and every case's ledger.
Printed: the time for each step and the events per second.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from app.cases.audit import anchor_head, record_event, verify_chain  # noqa: E402
from app.context import build_context  # noqa: E402
from app.db import transaction  # noqa: E402
from app.erp.loader import load_erp  # noqa: E402
from app.erp.schema import load_erp_file  # noqa: E402
from app.jobs.local import process_file  # noqa: E402
from app.logs import configure_logging  # noqa: E402
from app.settings import Settings  # noqa: E402

SAMPLES = ROOT / "sample_docs"
PER_TRANSACTION = 100


def bench(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            data_dir=Path(folder),
            database_url=os.environ.get("INTAKE_DATABASE_URL"),
            _env_file=None,
        )
        ctx = build_context(settings)
        with transaction(ctx.sessions) as session:
            load_erp(session=session, document=load_erp_file(SAMPLES / "erp" / "sample-erp.json"))
        request = SAMPLES / "requests" / "01-keystone-damaged-and-short.eml"
        line = process_file(ctx, request, channel=None, customer=None, received_at=None)
        case_id = str(line["cases"][0]["case_id"])

        started = time.perf_counter()
        for first in range(0, count, PER_TRANSACTION):
            with transaction(ctx.sessions) as session:
                for n in range(first, min(first + PER_TRANSACTION, count)):
                    record_event(
                        session,
                        case_id=case_id,
                        actor="bench",
                        kind="note",
                        message=f"note {n}",
                        details={"n": n, "amount": "1224.00"},
                    )
        sealed = time.perf_counter() - started

        with transaction(ctx.sessions) as session:
            anchor_head(session=session, keys=ctx.audit_keys, directory=settings.audit_anchors_path)
        started = time.perf_counter()
        with transaction(ctx.sessions) as session:
            check = verify_chain(
                session=session, keys=ctx.audit_keys, anchors=settings.audit_anchors_path
            )
        verified = time.perf_counter() - started
        assert check.intact, check.problem
        ctx.engine.dispose()
        print(
            f"{ctx.engine.dialect.name:10} N={count:>7}  seal {sealed:7.2f} s "
            f"({count / sealed:8.0f} events/s)   verify {check.events} events {verified:6.2f} s "
            f"({check.events / verified:8.0f} events/s)"
        )


def main() -> None:
    configure_logging(level="WARNING", fmt="console")
    for count in [int(arg) for arg in sys.argv[1:]] or [1000, 10000]:
        bench(count)


if __name__ == "__main__":
    main()
