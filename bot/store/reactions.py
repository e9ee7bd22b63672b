"""Status events: every reaction an editor made or took back, appended once under its platform key."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select

from bot.store.database import Database
from bot.store.rows import ClaimRow, StatusEvent, claim_row, event_values, from_micros, to_micros
from bot.store.schema import claims, messages, status_events

_CLAIM_CACHE_SIZE = 20000
# a status event's columns in StatusEvent's order
_EVENT_COLUMNS = tuple(
    status_events.c[name]
    for name in ("claim_id", "status", "action", "emoji", "who", "platform", "occurred_us", "via", "note", "event_key")
)
MessageKey = tuple[str, str, str, str]  # workspace, platform, channel, message id


class Reactions:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._prepared: tuple[Any, Any, Any] | None = None
        self._claims_by_message: dict[MessageKey, ClaimRow] = {}
        self._cache_lock = threading.Lock()

    def record_reaction(
        self, workspace: str, platform: str, channel: str, message_id: str, event: StatusEvent
    ) -> ClaimRow | None:
        """In one transaction: find the claim a message shows and append the event (once, by its key).
        The claim, or None when the message is not one of our claim messages.

        Nothing is read back: a claim's status is derived from its events when it is read
        (`status_events_for`), and a burst of hundreds of reactions on one claim must not re-read its
        whole history hundreds of times. The statements are built once per store.
        """
        find, append, _ = self._statements()
        key = (workspace, platform, channel, message_id)
        with self._db.write() as db:
            claim = self._claims_by_message.get(key)
            if claim is None:
                row = (
                    db.execute(find, {"w": workspace, "p": platform, "c": channel, "m": message_id}).mappings().first()
                )
                if row is None:
                    return None
                claim = self._remember_claim(key, claim_row(row))
            db.execute(append, event_values(workspace, claim.id, event))
        return claim

    def recorded(self, workspace: str, event_key: str) -> bool:
        """Whether a status event is stored under this key: a redelivered reaction was applied already."""
        with self._db.read() as db:
            return db.execute(self._statements()[2], {"w": workspace, "k": event_key}).first() is not None

    def status_events_for(self, workspace: str, claim_ids: Sequence[int]) -> list[StatusEvent]:
        """Every status event of these claims, in the order they were stored. Read as plain tuples: the
        editors read a checklist's events once per edit, and a busy claim has thousands."""
        if not claim_ids:
            return []
        query = (
            select(*_EVENT_COLUMNS)
            .where(status_events.c.workspace == workspace, status_events.c.claim_id.in_(list(claim_ids)))
            .order_by(status_events.c.id)
        )
        with self._db.read() as db:
            rows = db.execute(query).all()
        return [StatusEvent(int(c), s, a, e, w, p, from_micros(o), v, n, k) for c, s, a, e, w, p, o, v, n, k in rows]

    def changed_within(self, platform: str, seconds: float) -> list[tuple[str, int, int]]:
        """(workspace, checklist id, claim id) of each claim on `platform` with a status event in the last
        `seconds`: the messages a process that stopped before editing them may have left showing an older
        state."""
        since = datetime.now(UTC) - timedelta(seconds=seconds)
        query = (
            select(status_events.c.workspace, claims.c.checklist_id, status_events.c.claim_id)
            .join(claims, claims.c.id == status_events.c.claim_id)
            .where(status_events.c.platform == platform, status_events.c.occurred_us >= to_micros(since))
            .distinct()
        )
        with self._db.read() as db:
            return [(str(w), int(c), int(i)) for w, c, i in db.execute(query).all()]

    def _remember_claim(self, key: MessageKey, claim: ClaimRow) -> ClaimRow:
        # a claim message always shows the same claim, and a stored claim never changes: safe to keep
        with self._cache_lock:
            if len(self._claims_by_message) >= _CLAIM_CACHE_SIZE:
                self._claims_by_message.pop(next(iter(self._claims_by_message)))
            self._claims_by_message[key] = claim
        return claim

    def _statements(self) -> tuple[Any, Any, Any]:
        if self._prepared is None:
            self._prepared = (
                select(claims)
                .join(messages, messages.c.claim_id == claims.c.id)
                .where(
                    messages.c.workspace == bindparam("w"),
                    messages.c.platform == bindparam("p"),
                    messages.c.channel == bindparam("c"),
                    messages.c.message_id == bindparam("m"),
                ),
                self._db.insert_ignoring_conflicts(status_events),
                select(status_events.c.id).where(
                    status_events.c.workspace == bindparam("w"), status_events.c.event_key == bindparam("k")
                ),
            )
        return self._prepared
