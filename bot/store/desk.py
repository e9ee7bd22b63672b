"""The desk's records: notes and sources on claims, checklist deadlines, and reminders sent once.

Taking a claim is a status event (status "taken", see bot/core/statuses.py), appended here through
`append_event` so that the decision (take or release) and the append happen in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update

from bot.store.database import Database
from bot.store.rows import ClaimRow, StatusEvent, claim_row, from_micros, status_event, to_micros
from bot.store.schema import (
    claims,
    desk_deadlines,
    desk_notes,
    desk_reminders,
    desk_sources,
    messages,
    status_events,
)


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


class Desk:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- finding claims ----------------------------------------------------------------------------
    def claim_at(self, workspace: str, checklist_id: int, number: int) -> ClaimRow | None:
        query = select(claims).where(
            claims.c.workspace == workspace, claims.c.checklist_id == checklist_id, claims.c.number == number
        )
        with self._db.read() as db:
            row = db.execute(query).mappings().first()
        return claim_row(row) if row is not None else None

    def message_target(
        self, workspace: str, platform: str, channel: str, message_id: str
    ) -> tuple[int, int | None] | None:
        """(checklist id, claim id) of one of our messages; the claim id is None for a parent."""
        query = select(messages.c.checklist_id, messages.c.claim_id).where(
            messages.c.workspace == workspace,
            messages.c.platform == platform,
            messages.c.channel == channel,
            messages.c.message_id == message_id,
        )
        with self._db.read() as db:
            row = db.execute(query).first()
        return (int(row[0]), int(row[1]) if row[1] is not None else None) if row is not None else None

    def claim_by_id(self, workspace: str, claim_id: int) -> ClaimRow | None:
        with self._db.read() as db:
            row = (
                db.execute(select(claims).where(claims.c.workspace == workspace, claims.c.id == claim_id))
                .mappings()
                .first()
            )
        return claim_row(row) if row is not None else None

    # -- taking --------------------------------------------------------------------------------------
    def append_event(self, workspace: str, claim_id: int, decide: Decide) -> list[StatusEvent]:
        """In one transaction: read the claim's events, append what `decide` makes of them (once under
        its key), and return every event of the claim."""
        history = (
            select(status_events)
            .where(status_events.c.workspace == workspace, status_events.c.claim_id == claim_id)
            .order_by(status_events.c.id)
        )
        with self._db.write() as db:
            events = [status_event(r) for r in db.execute(history).mappings()]
            event = decide(events)
            if event is not None:
                db.execute(self._db.insert_ignoring_conflicts(status_events), _event_values(workspace, claim_id, event))
                events = [status_event(r) for r in db.execute(history).mappings()]
        return events

    def claims_taken_by(self, workspace: str, who: str) -> list[int]:
        """Claims `who` has a "taken" event on (standing or not: the caller derives which stand)."""
        query = (
            select(status_events.c.claim_id)
            .where(
                status_events.c.workspace == workspace, status_events.c.who == who, status_events.c.status == "taken"
            )
            .distinct()
        )
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
        with self._db.write() as db:
            added = db.execute(
                self._db.insert_ignoring_conflicts(desk_notes).returning(desk_notes.c.id),
                {
                    "workspace": workspace,
                    "claim_id": claim_id,
                    "who": who,
                    "text": text,
                    "proposed": proposed,
                    "created_us": to_micros(when),
                    "note_key": key,
                },
            ).first()
            if added is not None and urls:
                db.execute(
                    self._db.insert_ignoring_conflicts(desk_sources),
                    [
                        {
                            "workspace": workspace,
                            "claim_id": claim_id,
                            "url": url,
                            "title": None,
                            "who": who,
                            "created_us": to_micros(when),
                        }
                        for url in dict.fromkeys(urls)
                    ],
                )
        return added is not None

    def set_source_title(self, claim_id: int, url: str, title: str) -> None:
        with self._db.write() as db:
            db.execute(
                update(desk_sources)
                .where(desk_sources.c.claim_id == claim_id, desk_sources.c.url == url)
                .values(title=title)
            )

    def evidence(self, workspace: str, claim_ids: Sequence[int]) -> dict[int, tuple[list[Note], list[Source]]]:
        """Each claim's notes and sources, oldest first; claims without any are left out."""
        if not claim_ids:
            return {}
        ids = list(claim_ids)
        found: dict[int, tuple[list[Note], list[Source]]] = {}
        with self._db.read() as db:
            for r in db.execute(
                select(desk_notes)
                .where(desk_notes.c.workspace == workspace, desk_notes.c.claim_id.in_(ids))
                .order_by(desk_notes.c.created_us, desk_notes.c.id)
            ).mappings():
                note = Note(int(r["claim_id"]), r["who"], r["text"], r["proposed"], from_micros(r["created_us"]))
                found.setdefault(note.claim_id, ([], []))[0].append(note)
            for r in db.execute(
                select(desk_sources)
                .where(desk_sources.c.workspace == workspace, desk_sources.c.claim_id.in_(ids))
                .order_by(desk_sources.c.created_us, desk_sources.c.id)
            ).mappings():
                source = Source(int(r["claim_id"]), r["url"], r["title"], r["who"], from_micros(r["created_us"]))
                found.setdefault(source.claim_id, ([], []))[1].append(source)
        return found

    # -- deadlines and reminders ---------------------------------------------------------------------
    def set_deadline(self, workspace: str, checklist_id: int, due: datetime, who: str) -> None:
        with self._db.write() as db:
            db.execute(delete(desk_deadlines).where(desk_deadlines.c.checklist_id == checklist_id))
            db.execute(
                desk_deadlines.insert().values(
                    checklist_id=checklist_id, workspace=workspace, due_us=to_micros(due), set_by=who
                )
            )

    def deadline(self, checklist_id: int) -> Deadline | None:
        with self._db.read() as db:
            row = (
                db.execute(select(desk_deadlines).where(desk_deadlines.c.checklist_id == checklist_id))
                .mappings()
                .first()
            )
        return _deadline(row) if row is not None else None

    def deadlines_between(self, start: datetime, end: datetime) -> list[Deadline]:
        """Deadlines due from `start` up to `end`, soonest first."""
        query = (
            select(desk_deadlines)
            .where(desk_deadlines.c.due_us >= to_micros(start), desk_deadlines.c.due_us <= to_micros(end))
            .order_by(desk_deadlines.c.due_us)
        )
        with self._db.read() as db:
            return [_deadline(r) for r in db.execute(query).mappings()]

    def claim_reminder(self, checklist_id: int, kind: str, worker: str, when: datetime) -> bool:
        """True for the one worker whose insert of (checklist, kind) landed: that one sends it."""
        with self._db.write() as db:
            # RETURNING, not rowcount: a skipped insert's rowcount is not 0 on every driver
            inserted = db.execute(
                self._db.insert_ignoring_conflicts(desk_reminders).returning(desk_reminders.c.kind),
                {"checklist_id": checklist_id, "kind": kind, "sent_us": to_micros(when), "worker": worker},
            ).first()
        return inserted is not None

    def reminders_sent(self, checklist_id: int) -> list[str]:
        with self._db.read() as db:
            return [
                str(r[0])
                for r in db.execute(
                    select(desk_reminders.c.kind)
                    .where(desk_reminders.c.checklist_id == checklist_id)
                    .order_by(desk_reminders.c.sent_us)
                )
            ]


def _deadline(row: Any) -> Deadline:
    return Deadline(row["workspace"], int(row["checklist_id"]), from_micros(row["due_us"]), row["set_by"])


def _event_values(workspace: str, claim_id: int, event: StatusEvent) -> dict[str, Any]:
    return {
        "workspace": workspace,
        "claim_id": claim_id,
        "status": event.status,
        "action": event.action,
        "emoji": event.emoji,
        "who": event.who,
        "platform": event.platform,
        "occurred_us": to_micros(event.occurred_at),
        "via": event.via,
        "note": event.note,
        "event_key": event.event_key,
    }
