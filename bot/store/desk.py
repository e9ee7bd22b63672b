"""The desk's records: notes and sources on claims, checklist deadlines, and reminders sent once.

Taking a claim is a status event (status "taken", see bot/core/statuses.py). Each desk action is one
transaction that also reads back what the caller shows (the claim's events, notes and sources), with
statements built once per store: takes and notes arrive in the same bursts as reactions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from bot.store.database import Database
from bot.store.rows import ClaimRow, StatusEvent, claim_row, event_values, from_micros, status_event, to_micros
from bot.store.schema import claims, desk_deadlines, desk_notes, desk_reminders, desk_sources, messages, status_events


@dataclass(frozen=True, slots=True)
class Note:
    claim_id: int
    who: str
    text: str
    proposed: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Source:
    claim_id: int
    url: str
    title: str | None
    who: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Deadline:
    workspace: str
    checklist_id: int
    due: datetime
    set_by: str


# given a claim's events so far, the event to append (None: append nothing)
Decide = Callable[[list[StatusEvent]], StatusEvent | None]
Evidence = tuple[list[Note], list[Source]]
# what an action hands back: the claim, all its events, its notes and sources
ClaimState = tuple[ClaimRow, list[StatusEvent], Evidence]
_CACHE_SIZE = 20000


class Desk:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._q = _Statements(database)
        # a message always shows the same claim and a stored claim never changes: safe to keep
        self._claims: dict[tuple[str, ...], ClaimRow | None] = {}
        self._targets: dict[tuple[str, str, str, str], tuple[int, int | None]] = {}
        self._lock = threading.Lock()

    # -- finding claims ----------------------------------------------------------------------------
    def claim_at(self, workspace: str, checklist_id: int, number: int) -> ClaimRow | None:
        return self._claim(("at", workspace, str(checklist_id), str(number)), self._q.claim_at,
                           {"w": workspace, "c": checklist_id, "n": number})  # fmt: skip

    def claim_by_id(self, workspace: str, claim_id: int) -> ClaimRow | None:
        return self._claim(("id", workspace, str(claim_id)), self._q.claim_by_id, {"w": workspace, "id": claim_id})

    def _claim(self, key: tuple[str, ...], query: Any, params: dict[str, Any]) -> ClaimRow | None:
        found = self._claims.get(key)
        if found is None:
            with self._db.read() as db:
                row = db.execute(query, params).mappings().first()
            if row is None:
                return None
            found = claim_row(row)
            with self._lock:
                if len(self._claims) >= _CACHE_SIZE:
                    self._claims.pop(next(iter(self._claims)))
                self._claims[key] = found
        return found

    def message_target(
        self, workspace: str, platform: str, channel: str, message_id: str
    ) -> tuple[int, int | None] | None:
        """(checklist id, claim id) of one of our messages; the claim id is None for a parent."""
        key = (workspace, platform, channel, message_id)
        found = self._targets.get(key)
        if found is None:
            params = {"w": workspace, "p": platform, "c": channel, "m": message_id}
            with self._db.read() as db:
                row = db.execute(self._q.message_target, params).first()
            if row is None:
                return None
            found = (int(row[0]), int(row[1]) if row[1] is not None else None)
            with self._lock:  # a recorded message never shows another claim
                if len(self._targets) >= _CACHE_SIZE:
                    self._targets.pop(next(iter(self._targets)))
                self._targets[key] = found
        return found

    # -- taking --------------------------------------------------------------------------------------
    def append_event(self, workspace: str, claim_id: int, event: StatusEvent | Decide) -> bool:
        """Append an event (once under its key); given `decide` instead, decide it from the claim's events
        in the same transaction. False when nothing was appended."""
        with self._db.write() as db:
            if callable(event):
                decided = event(self._history(db, workspace, claim_id))
                if decided is None:
                    return False
                event = decided
            return db.execute(self._q.append_event, event_values(workspace, claim_id, event)).first() is not None

    def claim_state(self, workspace: str, claim: ClaimRow) -> ClaimState:
        """The claim with all its events and its evidence, read in one transaction."""
        with self._db.read() as db:
            events = self._history(db, workspace, claim.id)
            return claim, events, self._evidence(db, workspace, [claim.id]).get(claim.id, ([], []))

    def claims_taken_by(self, workspace: str, who: str) -> list[int]:
        """Claims `who` has a "taken" event on (standing or not: the caller derives which stand)."""
        e = status_events.c
        query = select(e.claim_id).where(e.workspace == workspace, e.who == who, e.status == "taken").distinct()
        with self._db.read() as db:
            return [int(r[0]) for r in db.execute(query)]

    def checklists_of(self, workspace: str, claim_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """claim id -> (checklist id, number)."""
        if not claim_ids:
            return {}
        query = select(claims.c.id, claims.c.checklist_id, claims.c.number).where(
            claims.c.workspace == workspace, claims.c.id.in_(list(claim_ids))
        )
        with self._db.read() as db:
            return {int(r[0]): (int(r[1]), int(r[2])) for r in db.execute(query)}

    # -- notes and sources ---------------------------------------------------------------------------
    def add_note(
        self,
        workspace: str,
        claim_id: int,
        who: str,
        text: str,
        when: datetime,
        key: str,
        proposed: str | None = None,
        urls: Sequence[str] = (),
    ) -> bool:
        """Keep a note and the links in it as sources; False when this key was kept before."""
        values = {"workspace": workspace, "claim_id": claim_id, "who": who, "text": text, "proposed": proposed,
                  "created_us": to_micros(when), "note_key": key}  # fmt: skip
        with self._db.write() as db:
            # RETURNING, not rowcount: a skipped insert's rowcount is not 0 on every driver
            added = db.execute(self._q.add_note, values).first() is not None
            if added and urls:
                db.execute(self._q.add_source, [
                    {"workspace": workspace, "claim_id": claim_id, "url": url, "title": None, "who": who,
                     "created_us": to_micros(when)}
                    for url in dict.fromkeys(urls)
                ])  # fmt: skip
        return added

    def set_source_title(self, claim_id: int, url: str, title: str) -> None:
        s = desk_sources.c
        with self._db.write() as db:
            db.execute(update(desk_sources).where(s.claim_id == claim_id, s.url == url).values(title=title))

    def evidence(self, workspace: str, claim_ids: Sequence[int]) -> dict[int, Evidence]:
        """Each claim's notes and sources, oldest first; claims without any are left out."""
        if not claim_ids:
            return {}
        with self._db.read() as db:
            return self._evidence(db, workspace, claim_ids)

    def _evidence(self, db: Connection, workspace: str, claim_ids: Sequence[int]) -> dict[int, Evidence]:
        found: dict[int, Evidence] = {}
        for r in db.execute(self._q.notes, {"w": workspace, "ids": list(claim_ids)}):
            found.setdefault(int(r[0]), ([], []))[0].append(Note(int(r[0]), r[1], r[2], r[3], from_micros(r[4])))
        if found:  # sources are kept only with a note
            for r in db.execute(self._q.sources, {"w": workspace, "ids": list(found)}):
                found[int(r[0])][1].append(Source(int(r[0]), r[1], r[2], r[3], from_micros(r[4])))
        return found

    def _history(self, db: Connection, workspace: str, claim_id: int) -> list[StatusEvent]:
        return [status_event(r) for r in db.execute(self._q.history, {"w": workspace, "id": claim_id}).mappings()]

    # -- deadlines and reminders ---------------------------------------------------------------------
    def set_deadline(self, workspace: str, checklist_id: int, due: datetime, who: str) -> None:
        with self._db.write() as db:
            db.execute(delete(desk_deadlines).where(desk_deadlines.c.checklist_id == checklist_id))
            db.execute(desk_deadlines.insert().values(checklist_id=checklist_id, workspace=workspace,
                                                      due_us=to_micros(due), set_by=who))  # fmt: skip

    def deadline(self, checklist_id: int) -> Deadline | None:
        with self._db.read() as db:
            row = db.execute(self._q.deadline, {"id": checklist_id}).mappings().first()
        return _deadline(row) if row is not None else None

    def deadlines_between(self, start: datetime, end: datetime) -> list[Deadline]:
        """Deadlines due from `start` up to `end`, soonest first."""
        d = desk_deadlines.c
        query = select(desk_deadlines).where(d.due_us >= to_micros(start), d.due_us <= to_micros(end))
        with self._db.read() as db:
            return [_deadline(r) for r in db.execute(query.order_by(d.due_us)).mappings()]

    def claim_reminder(self, checklist_id: int, kind: str, worker: str, when: datetime) -> bool:
        """True for the one worker whose insert of (checklist, kind) landed: that one sends it."""
        values = {"checklist_id": checklist_id, "kind": kind, "sent_us": to_micros(when), "worker": worker}
        with self._db.write() as db:
            return db.execute(self._q.claim_reminder, values).first() is not None

    def reminders_sent(self, checklist_id: int) -> list[str]:
        r = desk_reminders.c
        query = select(r.kind).where(r.checklist_id == checklist_id).order_by(r.sent_us)
        with self._db.read() as db:
            return [str(row[0]) for row in db.execute(query)]


class _Statements:
    """Every statement on a hot path, built once per store."""

    def __init__(self, database: Database) -> None:
        n, s, e, c, m = desk_notes.c, desk_sources.c, status_events.c, claims.c, messages.c
        ids: Any = bindparam("ids", expanding=True)
        self.claim_at = select(claims).where(
            c.workspace == bindparam("w"), c.checklist_id == bindparam("c"), c.number == bindparam("n")
        )
        self.claim_by_id = select(claims).where(c.workspace == bindparam("w"), c.id == bindparam("id"))
        self.message_target = select(m.checklist_id, m.claim_id).where(
            m.workspace == bindparam("w"), m.platform == bindparam("p"),
            m.channel == bindparam("c"), m.message_id == bindparam("m"),
        )  # fmt: skip
        self.history = (
            select(status_events).where(e.workspace == bindparam("w"), e.claim_id == bindparam("id")).order_by(e.id)
        )
        self.append_event = database.insert_ignoring_conflicts(status_events).returning(e.id)
        self.add_note = database.insert_ignoring_conflicts(desk_notes).returning(n.id)
        self.add_source = database.insert_ignoring_conflicts(desk_sources)
        self.notes = (
            select(n.claim_id, n.who, n.text, n.proposed, n.created_us)
            .where(n.workspace == bindparam("w"), n.claim_id.in_(ids))
            .order_by(n.created_us, n.id)
        )
        self.sources = (
            select(s.claim_id, s.url, s.title, s.who, s.created_us)
            .where(s.workspace == bindparam("w"), s.claim_id.in_(ids))
            .order_by(s.created_us, s.id)
        )
        self.deadline = select(desk_deadlines).where(desk_deadlines.c.checklist_id == bindparam("id"))
        self.claim_reminder = database.insert_ignoring_conflicts(desk_reminders).returning(desk_reminders.c.kind)


def _deadline(row: Any) -> Deadline:
    return Deadline(row["workspace"], int(row["checklist_id"]), from_micros(row["due_us"]), row["set_by"])
