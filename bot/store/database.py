"""One connection to the database, shared by every part of the store: opening, migrating, transactions.

SQLite runs in WAL mode with a busy timeout, and every transaction that may write begins IMMEDIATE
(a deferred one that reads, then writes fails at once with "database is locked" whatever the timeout).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from claims import ClaimCheckError

_BUSY_TIMEOUT_MS = 15000
_IDLE_IN_TRANSACTION_MS = 60000
# two workers starting together must not both create the tables
_MIGRATION_LOCK = 7265431


class StoreError(ClaimCheckError):
    """The database cannot be reached or used; the message says which and what to check."""


def default_sqlite_url() -> str:
    """The SQLite file in the user's data folder: the folder 0700 and the file 0600 (checklists are the
    newsroom's unpublished work; the umask would leave both readable by every local user)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("claimcheck", appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    file = folder / "claimcheck.sqlite3"
    _private_file(file)
    file.chmod(0o600)
    return f"sqlite:///{file}"


def _private_file(path: Path) -> None:
    """Create `path` readable by its owner only, unless it exists (SQLite gives its -wal and -shm the same mode)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def store_trouble(exc: BaseException) -> str | None:
    """One sentence when `exc` says the database cannot be used right now (gone, locked, refusing), else None.

    Adapters use it to answer the person and carry on rather than die with a traceback.
    """
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, (OperationalError, InterfaceError)) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        detail = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:120]
        return f"The database cannot be used right now ({detail}); that was not done: try it again."
    return None


class Database:
    """The engine and its transactions. Every store concern takes one of these."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._companions: list[Database] = []

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
            detail = _scrubbed(str(exc).splitlines()[0] if str(exc) else "", url)[:160]
            raise StoreError(
                f"The database at {_redacted(url)} cannot be used ({type(exc).__name__}: {detail})."
            ) from None
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

    def companion(self, name: str, *tables: Table) -> Database:
        """A database of its own for one busy concern (the inbox), whose short writes must never wait
        behind the rest of the store: on a SQLite file, a file beside it (`NAME.<name>.sqlite3`: its
        own write lock, every commit synced to disk) holding `tables`; on PostgreSQL, the same database
        over a small pool of its own. An in-memory SQLite database has nothing beside it: itself."""
        url = self.engine.url
        if not self.is_sqlite:
            companion = Database(_engine(url.render_as_string(hide_password=False), pool_size=2))
        else:
            file = url.database or ""
            if not file or file == ":memory:" or file.startswith("file:") or url.query.get("uri"):
                return self
            path = Path(file)
            beside = path.with_name(f"{path.stem}.{name}{path.suffix or '.sqlite3'}")
            companion = Database(_engine(f"sqlite:///{beside}", synchronous="FULL"))
            with companion.write() as db:  # the write lock: two processes starting together create it once
                for table in tables:
                    table.create(db, checkfirst=True)
        self._companions.append(companion)
        return companion

    def close(self) -> None:
        for companion in self._companions:
            companion.close()
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


def _userinfo(url: str) -> tuple[str, str, str] | None:
    """(scheme://, user info, rest from its last '@' on): a raw '@' in a password belongs to the password."""
    scheme, sep, rest = url.partition("://")
    at = rest.split("?", 1)[0].rfind("@")
    if not sep or at < 0:
        return None
    return scheme + sep, rest[:at], rest[at:]


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = _userinfo(url)
    if parts is None or ":" not in parts[1]:
        return url
    scheme, userinfo, rest = parts
    return f"{scheme}{userinfo.split(':', 1)[0]}:***{rest}"


def _scrubbed(message: str, url: str) -> str:
    """A driver's message with no piece of the URL's password in it (a raw '@' splits it into host names)."""
    parts = _userinfo(url)
    if parts is None or ":" not in parts[1]:
        return message
    password = parts[1].split(":", 1)[1]
    pieces = password.split("@")
    tails = {"@".join(pieces[i:]) for i in range(len(pieces))} | {"@".join(pieces[:i]) for i in range(1, len(pieces))}
    for piece in sorted(tails | {quote(password, safe="")}, key=len, reverse=True):
        if len(piece) >= 2:
            message = message.replace(piece, "***")
    return message


def _quoted_password(url: str) -> str:
    """The URL with its password percent-encoded, so that a raw '@' or '/' in it is read as the password's."""
    parts = _userinfo(url)
    if parts is None or ":" not in parts[1]:
        return url
    scheme, userinfo, rest = parts
    user, password = userinfo.split(":", 1)
    return f"{scheme}{user}:{quote(unquote(password), safe='')}{rest}"


def _engine(url: str, pool_size: int = 5, synchronous: str = "NORMAL") -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    url = _quoted_password(url)
    if not url.startswith("sqlite"):
        # a worker paused inside a transaction (SIGSTOP, a stalled VM) must not hold its row locks over
        # every other worker for ever: the server ends such a session, and a dead server is given up on
        guard = {"connect_timeout": 10, "options": f"-c idle_in_transaction_session_timeout={_IDLE_IN_TRANSACTION_MS}"}
        return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size, connect_args=guard)
    file = url.split(":///", 1)[1].split("?", 1)[0] if ":///" in url else ""
    if file and file != ":memory:" and not file.startswith("file:") and Path(file).parent.is_dir():
        _private_file(Path(file))
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # taken, not read: `info` stays with the pooled connection, and every later read on a connection
        # that once served a write began IMMEDIATE (took the write lock, and waited for it in a burst)
        immediate = connection.info.pop("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
