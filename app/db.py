"""The database: engine, sessions, migrations. SQLite (WAL) by default, or PostgreSQL."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import JSON, DateTime, Engine, Enum, MetaData, create_engine, event, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

MIGRATIONS = Path(__file__).parent / "migrations"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON on SQLite, JSONB on PostgreSQL.
JsonDoc = JSON().with_variant(JSONB(), "postgresql")


def enum_column(kind: type[StrEnum], length: int) -> Enum:
    """A status or code column read and written as its enum, stored as its value (VARCHAR)."""
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


def make_engine(url: str) -> Engine:
    """An engine; SQLite files get WAL, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_begin_before_savepoint)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin_before_savepoint(connection: Any, _name: str) -> None:
    """The driver begins a transaction only at the first write (so readers never hold a
    stale snapshot), but a SAVEPOINT before any write would begin one that its RELEASE
    commits: half of a transaction that then fails would be kept. Begin it first."""
    dbapi = connection.connection.dbapi_connection
    if not dbapi.in_transaction:
        dbapi.execute("BEGIN")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine, info: dict[str, Any] | None = None) -> sessionmaker[Session]:
    """Sessions of the engine; info rides on each (the audit keys, app/cases/audit.py)."""
    return sessionmaker(engine, expire_on_commit=False, info=info or {})


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error."""
    with factory() as session, session.begin():
        yield session


Row = TypeVar("Row", bound="Base")
T = TypeVar("T")


def once_a_transaction(session: Session, key: str, make: Callable[[], T]) -> T:
    """make() once in the session's current transaction, kept under key until it ends: for
    what a transaction may read once (a row it has locked, a table it does not change)."""
    transaction = session.get_transaction()
    held = session.info.get(key)
    if transaction is None or held is None or held[0] is not transaction:
        held = (transaction, make())
        session.info[key] = held
    return held[1]


def lock_row(session: Session, model: type[Row], key: str | int) -> Row | None:
    """Load a row and hold it until the transaction ends, so that two transactions that
    both mean to change it run one after the other, the second seeing the first's work.

    PostgreSQL locks the row. SQLite has no row locks: a write that changes nothing begins
    the transaction and takes the database's write lock.
    """
    session.flush()  # what this transaction changed is kept, not reloaded over
    if session.get_bind().dialect.name == "sqlite":
        [column] = sa_inspect(model).primary_key
        session.execute(update(model).where(column == key).values({column.key: column}))
        return session.get(model, key, populate_existing=True)
    return session.get(model, key, with_for_update=True, populate_existing=True)
