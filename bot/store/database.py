"""One connection to the database, shared by every part of the store: opening, migrating, transactions.

SQLite runs in WAL mode with a busy timeout, and every transaction that may write begins IMMEDIATE
(a deferred one that reads, then writes fails at once with "database is locked" whatever the timeout).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from claims import ClaimCheckError

_BUSY_TIMEOUT_MS = 15000
# two workers starting together must not both create the tables
_MIGRATION_LOCK = 7265431


class StoreError(ClaimCheckError):
    """The database cannot be reached or used; the message says which and what to check."""


def default_sqlite_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("claimcheck", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'claimcheck.sqlite3'}"


class Database:
    """The engine and its transactions. Every store concern takes one of these."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"

    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Database:
        """Connect to `url` (a SQLite file in the user's data folder when empty) and migrate the schema.

        Raises:
            StoreError: the database cannot be reached or migrated.
        """
        url = url or default_sqlite_url()
        try:
            database = cls(_engine(url))
            if migrate:
                database.migrate()
        except (SQLAlchemyError, OSError, ImportError) as exc:
            raise StoreError(
                f"The database at {_redacted(url)} cannot be used ({type(exc).__name__}: "
                f"{str(exc).splitlines()[0][:160]})."
            ) from exc
        return database

    def migrate(self) -> None:
        config = AlembicConfig()
        config.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
        with self.engine.connect() as connection:
            if not self.is_sqlite:
                connection.execute(text(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})"))
            try:
                config.attributes["connection"] = connection
                # every branch: features add their tables in migrations of their own
                command.upgrade(config, "heads")
                connection.commit()
            finally:
                if not self.is_sqlite:
                    connection.execute(text(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})"))
                    connection.commit()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction that may write: IMMEDIATE on SQLite, so it waits for the lock instead of failing."""
        with self.engine.connect() as connection:
            connection.info["immediate"] = True
            with connection.begin():
                yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            with connection.begin():
                yield connection

    def insert(self, table: Any) -> Any:
        """INSERT in this dialect, so that ON CONFLICT clauses can follow."""
        return sqlite.insert(table) if self.is_sqlite else postgresql.insert(table)

    def insert_ignoring_conflicts(self, table: Any) -> Any:
        return self.insert(table).on_conflict_do_nothing()


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.info.get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
