"""Processed events: the unique keys that make a redelivered platform event a no-op."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select

from bot.store.database import Database
from bot.store.rows import now
from bot.store.schema import processed_events


class ProcessedEvents:
    def __init__(self, database: Database) -> None:
        self._db = database
        # built once: every event handled asks and tells (SQLAlchemy's statement cache still keys each
        # new statement object, which costs about as much as the query itself)
        self._mark: Any = (
            database.insert_ignoring_conflicts(processed_events)
            .values(workspace=bindparam("w"), event_id=bindparam("e"), received_at=bindparam("at"))
            .returning(processed_events.c.event_id)
        )
        self._seen: Any = select(processed_events.c.event_id).where(
            processed_events.c.workspace == bindparam("w"), processed_events.c.event_id == bindparam("e")
        )

    def mark_processed(self, workspace: str, event_id: str) -> bool:
        """Record that an event was handled in full; False when it already was."""
        with self._db.write() as db:
            # RETURNING tells a new row from a skipped one on every driver (rowcount does not)
            return db.execute(self._mark, {"w": workspace, "e": event_id, "at": now()}).first() is not None

    def was_processed(self, workspace: str, event_id: str) -> bool:
        with self._db.read() as db:
            return db.execute(self._seen, {"w": workspace, "e": event_id}).first() is not None
