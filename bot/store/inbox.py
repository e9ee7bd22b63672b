"""The inbox: platform events written down before they are acknowledged, then handled from here.

An acknowledged event is a promise. The HTTP front puts each event here before it answers 200 (and
answers 5xx, so the platform retries, when it cannot); workers take due events, handle them, and
mark them done, or put them back with a delay when the handling failed (the store blinked).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from bot.store.database import _BUSY_TIMEOUT_MS, Database
from bot.store.rows import now
from bot.store.schema import inbox


class Inbox:
    def __init__(self, database: Database) -> None:
        self._db = database

    def put(self, workspace: str, event_id: str, platform: str, body: str, wait_seconds: float = 1.5) -> bool:
        """Keep an event; False when it was already kept (a redelivery). Waits at most about
        `wait_seconds` for a locked SQLite store (the caller must answer the platform in time)."""
        moment = now()
        with self._quick_write(wait_seconds) as db:
            row = db.execute(
                self._db.insert_ignoring_conflicts(inbox)
                .values(
                    workspace=workspace,
                    event_id=event_id,
                    platform=platform,
                    body=body,
                    received_at=moment,
                    attempts=0,
                    next_at=moment,
                )
                .returning(inbox.c.event_id)
            ).first()
        return row is not None

    def take(self, limit: int, hold_seconds: float, skip: set[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
        """Up to `limit` due events, oldest first, held from other workers for `hold_seconds`."""
        moment = now()
        query = (
            select(inbox.c.workspace, inbox.c.event_id, inbox.c.platform, inbox.c.body, inbox.c.attempts)
            .where(inbox.c.done_at.is_(None), inbox.c.next_at <= moment)
            .order_by(inbox.c.received_at)
            .limit(limit + len(skip or ()))
        )
        if not self._db.is_sqlite:
            query = query.with_for_update(skip_locked=True)
        taken: list[dict[str, Any]] = []
        with self._db.write() as db:
            for row in db.execute(query).mappings().all():
                if (row["workspace"], row["event_id"]) in (skip or set()) or len(taken) >= limit:
                    continue
                db.execute(
                    update(inbox)
                    .where(inbox.c.workspace == row["workspace"], inbox.c.event_id == row["event_id"])
                    .values(attempts=inbox.c.attempts + 1, next_at=moment + timedelta(seconds=hold_seconds))
                )
                taken.append(dict(row))
        return taken

    def done(self, workspace: str, event_id: str) -> None:
        with self._db.write() as db:
            db.execute(_one(workspace, event_id, update(inbox)).values(done_at=now()))

    def retry_later(self, workspace: str, event_id: str, seconds: float) -> None:
        with self._db.write() as db:
            db.execute(_one(workspace, event_id, update(inbox)).values(next_at=now() + timedelta(seconds=seconds)))

    def pending(self) -> int:
        with self._db.read() as db:
            count = db.execute(select(func.count()).select_from(inbox).where(inbox.c.done_at.is_(None))).scalar()
        return int(count or 0)

    def prune(self, older_than_seconds: float) -> int:
        """Forget events handled longer ago than this (redeliveries come within minutes)."""
        with self._db.write() as db:
            result = db.execute(delete(inbox).where(inbox.c.done_at < now() - timedelta(seconds=older_than_seconds)))
            return int(result.rowcount or 0)

    @contextmanager
    def _quick_write(self, seconds: float) -> Iterator[Connection]:
        if not self._db.is_sqlite:
            with self._db.write() as db:
                yield db
            return
        with self._db.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"PRAGMA busy_timeout={max(1, int(seconds * 1000))}")
            try:
                connection.info["immediate"] = True
                with connection.begin():
                    yield connection
            finally:
                raw.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")


def _one(workspace: str, event_id: str, statement: Any) -> Any:
    return statement.where(inbox.c.workspace == workspace, inbox.c.event_id == event_id)
