"""Processed events: the unique keys that make a redelivered platform event a no-op."""

from __future__ import annotations

from sqlalchemy import select

from bot.store.database import Database
from bot.store.rows import now
from bot.store.schema import processed_events


class ProcessedEvents:
    def __init__(self, database: Database) -> None:
        self._db = database

    def mark_processed(self, workspace: str, event_id: str) -> bool:
        """Record that an event was handled in full; False when it already was."""
        with self._db.write() as db:
            # RETURNING tells a new row from a skipped one on every driver (rowcount does not)
            result = db.execute(
                self._db.insert_ignoring_conflicts(processed_events)
                .values(workspace=workspace, event_id=event_id, received_at=now())
                .returning(processed_events.c.event_id)
            )
            return result.first() is not None

    def was_processed(self, workspace: str, event_id: str) -> bool:
        query = select(processed_events.c.event_id).where(
            processed_events.c.workspace == workspace, processed_events.c.event_id == event_id
        )
        with self._db.read() as db:
            return db.execute(query).first() is not None
