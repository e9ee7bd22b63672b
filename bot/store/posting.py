"""Posting state: who holds a checklist's posting lease, and which messages the platform accepted."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from bot.store.database import Database
from bot.store.rows import now
from bot.store.schema import checklists, messages


class Posting:
    def __init__(self, database: Database) -> None:
        self._db = database

    def lease_checklist(self, workspace: str, checklist_id: int, poster: str, seconds: float = 60) -> bool:
        """Take the right to post a checklist, unless another live poster holds it (or it is all posted)."""
        return self.take_lease(workspace, checklist_id, poster, seconds)[0]

    def take_lease(self, workspace: str, checklist_id: int, poster: str, seconds: float = 60) -> tuple[bool, bool]:
        """(taken, resumed): whether this poster now holds the checklist, and whether someone held it before
        (then the platform may hold messages the store never heard of: a worker died between the two)."""
        moment = now()
        with self._db.write() as db:
            before = db.execute(
                select(checklists.c.poster).where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
            ).scalar()
            query = (
                update(checklists)
                .where(
                    checklists.c.workspace == workspace,
                    checklists.c.id == checklist_id,
                    checklists.c.posted_at.is_(None),
                    (checklists.c.lease_until.is_(None))
                    | (checklists.c.lease_until < moment)
                    | (checklists.c.poster == poster),
                )
                .values(poster=poster, lease_until=moment + timedelta(seconds=seconds))
                .returning(checklists.c.id)
            )
            taken = db.execute(query).first() is not None
            return taken, bool(before) and before != poster

    def unposted_checklists(self, workspace: str | None = None) -> list[tuple[str, int]]:
        """(workspace, id) of checklists whose posting has not finished, oldest first."""
        query = select(checklists.c.workspace, checklists.c.id).where(checklists.c.posted_at.is_(None))
        if workspace:
            query = query.where(checklists.c.workspace == workspace)
        with self._db.read() as db:
            return [(str(w), int(i)) for w, i in db.execute(query.order_by(checklists.c.id)).all()]

    def finish_posting(self, workspace: str, checklist_id: int) -> None:
        with self._db.write() as db:
            db.execute(
                update(checklists)
                .where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
                .values(posted_at=now(), lease_until=None)
            )

    def record_message(
        self, *, workspace: str, platform: str, channel: str, message_id: str, checklist_id: int, claim_id: int | None
    ) -> None:
        with self._db.write() as db:
            db.execute(
                self._db.insert_ignoring_conflicts(messages).values(
                    workspace=workspace,
                    platform=platform,
                    channel=channel,
                    message_id=message_id,
                    checklist_id=checklist_id,
                    claim_id=claim_id,
                    posted_at=now(),
                )
            )

    def posted_messages(self, workspace: str, checklist_id: int) -> dict[int | None, tuple[str, str]]:
        """claim id (None for the parent) -> (channel, message id) of what is already posted."""
        with self._db.read() as db:
            rows = db.execute(
                select(messages.c.claim_id, messages.c.channel, messages.c.message_id).where(
                    messages.c.workspace == workspace, messages.c.checklist_id == checklist_id
                )
            ).all()
        return {(int(c) if c is not None else None): (str(ch), str(m)) for c, ch, m in rows}
