"""Fixtures shared by the app's tests: a fresh database per test, on SQLite or PostgreSQL.

INTAKE_TEST_DATABASE_URL chooses the server (the suite runs once on each in CI):
unset means a SQLite file per test; a PostgreSQL URL means a fresh schema per test.
"""

import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.context import Context, build_context
from app.db import transaction
from app.erp.loader import load_erp
from app.erp.schema import load_erp_file
from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
SAMPLE_ERP = SAMPLES / "erp" / "sample-erp.json"
SAMPLE_REQUESTS = SAMPLES / "requests"


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A database nobody else uses: a SQLite file, or a PostgreSQL schema of its own."""
    server = os.environ.get("INTAKE_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'intake.sqlite3'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in server else "?"
    try:
        yield f"{server}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


# The work engine is launched once a test run (on the first test that runs work) and bound
# to each test's context in turn; its tables are this run's own, so that two runs on one
# PostgreSQL never take each other's work.
WORK_SCHEMA = f"w_{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session", autouse=True)
def _work_engine() -> Iterator[None]:
    yield
    from dbos import DBOS

    DBOS.destroy()
    server = os.environ.get("INTAKE_TEST_DATABASE_URL")
    if server:
        admin = create_engine(server)
        with admin.begin() as connection:
            schemas = connection.scalars(
                text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :prefix"),
                {"prefix": f"{WORK_SCHEMA}%"},
            ).all()
            for schema in schemas:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def own_work(env: dict[str, str]) -> dict[str, str]:
    """The environment of an `intake` process of a test's own: with the engine's tables of
    its own, so that this test run's engine (listening on the same queues) never takes
    that process's work."""
    return {**env, "INTAKE_WORK_SCHEMA": f"{WORK_SCHEMA}_{uuid.uuid4().hex[:8]}"}


def _settle_work(ctx: Context, *, timeout: float = 60) -> None:
    """End the work a test left behind before its database goes: work waiting (a webhook
    retry due later) is cancelled, work running here is let finish. Else it would run on
    in the next test's context, or hold locks on a schema being dropped."""
    from dbos import DBOS

    from app.jobs import engine

    if engine._bound is None or engine._bound.sessions is not ctx.sessions:
        return  # bound to another test's database (a test may bind a copy of its context)
    deadline = time.monotonic() + timeout
    while True:
        engine.cancel_all_waiting()
        running = engine._off_loop(
            lambda: DBOS.list_workflows(
                status="PENDING",
                executor_id=DBOS.executor_id,
                load_input=False,
                load_output=False,
            )
        )
        if not running or time.monotonic() > deadline:
            return
        time.sleep(0.05)


@pytest.fixture(autouse=True)
def _no_work_left_over() -> Iterator[None]:
    """Work left waiting by a test that bound a context of its own is cancelled with it."""
    yield
    from app.jobs import engine

    if engine._bound is not None:
        engine.cancel_all_waiting()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "var",
        database_url=database_url,
        work_schema=WORK_SCHEMA,
        job_retry_seconds=0,
        generate_secret_key=True,  # a session key in data_dir; plain http on 127.0.0.1
        secure_cookies=False,
        _env_file=None,
    )


@pytest.fixture
def ctx(settings: Settings) -> Iterator[Context]:
    context = build_context(settings)
    yield context
    _settle_work(context)
    context.engine.dispose()


@pytest.fixture
def erp_ctx(ctx: Context) -> Context:
    """A context whose ERP copy holds the sample data."""
    with transaction(ctx.sessions) as session:
        load_erp(session=session, document=load_erp_file(SAMPLE_ERP))
    return ctx


@pytest.fixture
def cli_env(settings: Settings) -> dict[str, str]:
    """Environment variables that point the `intake` command at the test database."""
    return {
        "INTAKE_DATA_DIR": str(settings.data_dir),
        "INTAKE_DATABASE_URL": settings.sqlalchemy_url,
        "INTAKE_LOG_LEVEL": "WARNING",
        "INTAKE_WORK_SCHEMA": settings.work_schema,
        "INTAKE_JOB_RETRY_SECONDS": "0",
    }
