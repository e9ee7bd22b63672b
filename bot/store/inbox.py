"""The inbox: platform events written down before they are acknowledged, then handled from here.

An acknowledged event is a promise. The HTTP front keeps each event here before it answers 200 (and
answers 5xx, so the platform retries, when it cannot) and hands it to a handler at once; workers also
take due events from here (a retry, an event whose keeper died), mark each done, or put it back with a
delay when its handling failed (the store blinked).

The ack waits on this write alone, so it is made cheap: the inbox lives where nothing else writes
(`Database.companion`: on SQLite a file of its own beside the store, synced on every commit, so the
ack never waits on the store's write lock; on PostgreSQL a small pool of its own), and one thread
writes every kept event and every done mark, as many to a transaction as are waiting (`InboxWriter`,
group commit): twenty events arriving together cost one commit, not twenty.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Collection, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from bot.store.database import _BUSY_TIMEOUT_MS, Database
from bot.store.rows import now
from bot.store.schema import inbox

log = logging.getLogger(__name__)
Key = tuple[str, str]  # (workspace, event id)


@dataclass(frozen=True)
class Kept:
    """One event to keep, and for how long its keeper holds it (handles it itself) before it is due."""

    workspace: str
    event_id: str
    platform: str
    body: str
    hold_seconds: float = 0.0

    @property
    def key(self) -> Key:
        return (self.workspace, self.event_id)


class Inbox:
    def __init__(self, database: Database) -> None:
        self._main = database
        self._own: Database | None = None
        self._opening = threading.Lock()
        self._moved = False

    @property
    def _db(self) -> Database:
        with self._opening:
            if self._own is None:
                self._own = self._main.companion("inbox", inbox)
            return self._own

    def put(
        self, workspace: str, event_id: str, platform: str, body: str, wait_seconds: float = 1.5, hold: float = 0.0
    ) -> bool:
        """Keep one event; False when it was already kept (a redelivery). See `write`."""
        return bool(self.write([Kept(workspace, event_id, platform, body, hold)], [], wait_seconds))

    def write(self, events: Sequence[Kept], done: Sequence[Key], wait_seconds: float = 1.5) -> set[Key]:
        """Keep `events` and mark `done` handled, in one transaction; the keys of the events new here
        (the others were kept before: redeliveries). An event held by its keeper counts that as its
        first attempt. Waits at most about `wait_seconds` for a locked SQLite file (the caller must
        answer the platform in time)."""
        moment = now()
        rows = {
            event.key: {
                "workspace": event.workspace,
                "event_id": event.event_id,
                "platform": event.platform,
                "body": event.body,
                "received_at": moment,
                "attempts": 1 if event.hold_seconds > 0 else 0,
                "next_at": moment + timedelta(seconds=event.hold_seconds),
            }
            for event in reversed(events)  # the first of two deliveries in one batch is the one kept
        }
        new: set[Key] = set()
        with self._quick_write(wait_seconds) as db:
            if rows:
                # one statement for the batch, compiled once whatever its size (SQLAlchemy's insertmanyvalues)
                statement = self._db.insert_ignoring_conflicts(inbox).returning(inbox.c.workspace, inbox.c.event_id)
                returned = db.execute(statement, list(rows.values())).all()
                new = {(str(workspace), str(event_id)) for workspace, event_id in returned}
            if done:
                # one statement per key, by the primary key: SQLite reads `(workspace, event_id) IN
                # (...)` by scanning the whole table (a day of handled events) on every batch
                marks = [{"key_workspace": workspace, "key_event_id": event_id} for workspace, event_id in set(done)]
                db.execute(_DONE.values(done_at=moment), marks)
        return new

    def take(self, limit: int, hold_seconds: float, skip: set[Key] | None = None) -> list[dict[str, Any]]:
        """Up to `limit` due events, oldest first, held from other workers for `hold_seconds`."""
        skip = skip or set()
        self._move_from_the_store()
        moment = now()
        query = (
            select(inbox.c.workspace, inbox.c.event_id, inbox.c.platform, inbox.c.body, inbox.c.attempts)
            .where(inbox.c.done_at.is_(None), inbox.c.next_at <= moment)
            .order_by(inbox.c.received_at)
            .limit(limit + len(skip))
        )
        with self._db.read() as db:  # most looks find nothing due: no write lock for those
            if not any(tuple(row) not in skip for row in db.execute(query.with_only_columns(*_KEY)).all()):
                return []
        if not self._db.is_sqlite:
            query = query.with_for_update(skip_locked=True)
        taken: list[dict[str, Any]] = []
        with self._db.write() as db:
            for row in db.execute(query).mappings().all():
                if (row["workspace"], row["event_id"]) in skip or len(taken) >= limit:
                    continue
                db.execute(
                    _one(row["workspace"], row["event_id"], update(inbox)).values(
                        attempts=inbox.c.attempts + 1, next_at=moment + timedelta(seconds=hold_seconds)
                    )
                )
                taken.append(dict(row) | {"attempts": int(row["attempts"]) + 1})
        return taken

    def done(self, workspace: str, event_id: str) -> None:
        self.write([], [(workspace, event_id)], _BUSY_TIMEOUT_MS / 1000)

    def retry_later(self, workspace: str, event_id: str, seconds: float) -> None:
        with self._db.write() as db:
            db.execute(_one(workspace, event_id, update(inbox)).values(next_at=now() + timedelta(seconds=seconds)))

    def pending(self, besides: Collection[str] = ()) -> int:
        """How many kept events are not handled yet (those with an id in `besides` left out)."""
        query = select(func.count()).select_from(inbox).where(inbox.c.done_at.is_(None))
        if besides:
            query = query.where(inbox.c.event_id.not_in(list(besides)))
        with self._db.read() as db:
            return int(db.execute(query).scalar() or 0)

    def prune(self, older_than_seconds: float) -> int:
        """Forget events handled longer ago than this (redeliveries come within minutes)."""
        with self._db.write() as db:
            result = db.execute(delete(inbox).where(inbox.c.done_at < now() - timedelta(seconds=older_than_seconds)))
            return int(result.rowcount or 0)

    def _move_from_the_store(self) -> None:
        """Events an earlier version kept in the store's own inbox table move to the inbox's file, once.
        Only between two SQLite files: on PostgreSQL the inbox's pool reads the same table."""
        if self._moved:
            return
        if self._db.engine.url != self._main.engine.url:
            with self._main.read() as db:
                rows = [dict(row) for row in db.execute(select(inbox).where(inbox.c.done_at.is_(None))).mappings()]
            if rows:
                with self._db.write() as db:
                    db.execute(self._db.insert_ignoring_conflicts(inbox).values(rows))
                with self._main.write() as db:
                    db.execute(delete(inbox).where(inbox.c.done_at.is_(None)))
                log.info("moved %d unhandled events to the inbox's own file", len(rows))
        self._moved = True

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


_KEY = (inbox.c.workspace, inbox.c.event_id)
_DONE = update(inbox).where(
    inbox.c.workspace == bindparam("key_workspace"), inbox.c.event_id == bindparam("key_event_id")
)


def _one(workspace: str, event_id: str, statement: Any) -> Any:
    return statement.where(inbox.c.workspace == workspace, inbox.c.event_id == event_id)


@dataclass(frozen=True)
class _Keep:
    event: Kept
    future: Future[bool]


class InboxWriter:
    """The one thread that writes this process's kept events and done marks, as many to a transaction
    as are waiting (group commit). `keep` answers with a future: True when the event is new here (its
    caller handles it), False for a redelivery, an exception when the store could not keep it."""

    def __init__(self, inbox_: Inbox, wait_seconds: float, batch: int = 200) -> None:
        self._inbox = inbox_
        self._wait_seconds = wait_seconds
        self._batch = batch
        self._queue: queue.SimpleQueue[_Keep | Key | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="inbox-writer", daemon=True)

    def start(self) -> InboxWriter:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Write what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(5)

    def keep(self, event: Kept) -> Future[bool]:
        future: Future[bool] = Future()
        self._queue.put(_Keep(event, future))
        return future

    def done(self, workspace: str, event_id: str) -> None:
        self._queue.put((workspace, event_id))

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self._batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stopping = True
                    break
                batch.append(item)
            self._write(batch)

    def _write(self, batch: list[_Keep | Key]) -> None:
        keeps = [item for item in batch if isinstance(item, _Keep)]
        done = [item for item in batch if not isinstance(item, _Keep)]
        # a caller that stopped waiting answered 503: its event is still kept, due at once (not held
        # by a handler that will never get it), and Slack's retry finds it kept
        waiting = [keep.future.set_running_or_notify_cancel() for keep in keeps]
        events = [
            keep.event if wait else Kept(*keep.event.key, keep.event.platform, keep.event.body)
            for keep, wait in zip(keeps, waiting, strict=True)
        ]
        try:
            new = self._inbox.write(events, done, self._wait_seconds)
        except Exception as exc:  # locked or away: the callers answer 503 and Slack retries
            for keep, wait in zip(keeps, waiting, strict=True):
                if wait:
                    keep.future.set_exception(exc)
            if done:  # the events come due again after their hold, and are found handled
                log.warning("marking %d events done failed: %s", len(done), type(exc).__name__)
            return
        for keep, wait in zip(keeps, waiting, strict=True):
            if wait:
                keep.future.set_result(keep.event.key in new)
                new.discard(keep.event.key)  # a second delivery in the same batch is a redelivery
