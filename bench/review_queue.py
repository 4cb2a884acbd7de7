"""How fast the review queue answers with many cases waiting.

    .venv/bin/python bench/review_queue.py [--cases 1000] [--rounds 60] [--db sqlite|postgres]

Processes the sample requests once, copies their waiting cases (with their lines,
actions and requests) until --cases wait, signs a reviewer in, then asks GET /review
and, as the baseline measured in the same run, GET /health, interleaved, --rounds times
each. Prints p50, p95 and p99 of each and the queue's ratio to /health.

--db postgres uses INTAKE_BENCH_DATABASE_URL (default: the test database on
127.0.0.1:5432) in a schema of its own, dropped at the end.

Figures only: nothing here passes or fails.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine, insert, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.auth.tables import Role  # noqa: E402
from app.auth.users import create_user  # noqa: E402
from app.cases.states import WAITING  # noqa: E402
from app.cases.tables import Case, CaseAction, CaseLine  # noqa: E402
from app.context import build_context  # noqa: E402
from app.db import transaction  # noqa: E402
from app.erp.loader import load_erp  # noqa: E402
from app.erp.schema import load_erp_file  # noqa: E402
from app.jobs import engine  # noqa: E402
from app.jobs.local import process_file  # noqa: E402
from app.server import create_app  # noqa: E402
from app.settings import Settings  # noqa: E402

SAMPLES = ROOT / "sample_docs"
PASSWORD = "bench-password-long-enough"
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def copy_waiting(session: Session, want: int) -> int:
    """Copy the waiting cases (new ids, same request) until `want` wait; return how many."""
    table, lines, actions = Case.__table__, CaseLine.__table__, CaseAction.__table__
    waiting = session.execute(
        select(table).where(table.c.status.in_([s.value for s in WAITING]))
    ).all()
    if not waiting:
        raise SystemExit("no sample request left a case waiting")
    count = len(waiting)
    while count < want:
        source = waiting[count % len(waiting)]._asdict()
        new_id = f"case_{uuid.uuid4().hex[:20]}"
        session.execute(insert(table).values({**source, "id": new_id}))
        for line in session.execute(select(lines).where(lines.c.case_id == source["id"])):
            row = {k: v for k, v in line._asdict().items() if k != "id"}
            session.execute(insert(lines).values({**row, "case_id": new_id}))
        for action in session.execute(select(actions).where(actions.c.case_id == source["id"])):
            row = action._asdict()
            session.execute(
                insert(actions).values(
                    {**row, "id": f"act_{uuid.uuid4().hex[:20]}", "case_id": new_id}
                )
            )
        count += 1
    return count


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    cuts = statistics.quantiles(ms, n=100, method="inclusive")
    return f"{cuts[49]:8.1f} {cuts[94]:8.1f} {cuts[98]:8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-queue-"))
    schema = f"bench_queue_{uuid.uuid4().hex[:8]}"
    server = PG
    if args.db == "postgres":
        server = os.environ.get("INTAKE_BENCH_DATABASE_URL", PG)
        with create_engine(server).begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{server}?options=-csearch_path%3D{schema}"
    else:
        url = f"sqlite:///{folder / 'intake.sqlite3'}"
    settings = Settings(
        data_dir=folder / "var",
        database_url=url,
        work_schema=f"{schema}_work",
        generate_secret_key=True,
        secure_cookies=False,
        _env_file=None,
    )
    ctx = build_context(settings)
    try:
        with transaction(ctx.sessions) as session:
            load_erp(session=session, document=load_erp_file(SAMPLES / "erp" / "sample-erp.json"))
        for path in sorted((SAMPLES / "requests").glob("*.eml")):
            process_file(ctx, path, channel=None, customer=None, received_at=None)
        with transaction(ctx.sessions) as session:
            waiting = copy_waiting(session, args.cases)
            create_user(
                session=session,
                erp=ctx.erp.reader(session),
                email="bench@distributor.example",
                password=PASSWORD,
                role=Role.REVIEWER,
                customer_id=None,
            )
        with TestClient(create_app(ctx)) as client:
            login = client.get("/login").text
            token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            client.post(
                "/login",
                data={"email": "bench@distributor.example", "password": PASSWORD,
                      "csrf_token": token},
                follow_redirects=False,
            )  # fmt: skip
            assert client.get("/review").status_code == 200
            queue: list[float] = []
            health: list[float] = []
            for _ in range(args.rounds):
                for path, times in (("/review", queue), ("/health", health)):
                    began = time.perf_counter()
                    answer = client.get(path)
                    times.append(time.perf_counter() - began)
                    assert answer.status_code == 200, (path, answer.status_code)
        print(f"{args.db}: {waiting} cases waiting, {args.rounds} rounds")
        print(f"{'ms':16} {'p50':>8} {'p95':>8} {'p99':>8}")
        print(f"{'GET /review':16} {percentiles(queue)}")
        print(f"{'GET /health':16} {percentiles(health)}")
        ratio = statistics.median(queue) / statistics.median(health)
        print(f"queue / health at p50: {ratio:.1f}x")
    finally:
        engine.shutdown()
        ctx.engine.dispose()
        if args.db == "postgres":
            with create_engine(server).begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}_work" CASCADE'))


if __name__ == "__main__":
    main()
