"""Posting state: who holds a checklist's posting lease, which messages the platform accepted, and
the checklists a platform refused for good.

The lease holder's name is unique per posting call and is the fencing token: `take_lease` hands it
out, and `begin_send` renews the lease and answers whether the token still holds the checklist in
one transaction, so a poster that was overtaken learns it before its next message. Which message
stands for a claim is decided by `record_message`: the first one recorded wins, under the
checklist's row lock, whoever sent it.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection, Exists, delete, exists, select, update

from bot.store.database import Database
from bot.store.rows import now
from bot.store.schema import checklists, messages, posting_refusals

Where = tuple[str, str]
LOST = "lost"


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
                    ~_refused(),
                    (checklists.c.lease_until.is_(None))
                    | (checklists.c.lease_until < moment)
                    | (checklists.c.poster == poster),
                )
                .values(poster=poster, lease_until=moment + timedelta(seconds=seconds))
                .returning(checklists.c.id)
            )
            taken = db.execute(query).first() is not None
            return taken, bool(before) and before != poster

    def hold(self, workspace: str, checklist_id: int, poster: str, seconds: float) -> bool:
        """Renew the lease if `poster` still holds the checklist (even past its time: nobody took it over)."""
        with self._db.write() as db:
            return self._renew(db, workspace, checklist_id, poster, seconds)

    def begin_send(
        self, workspace: str, checklist_id: int, poster: str, claim_id: int | None, seconds: float
    ) -> str | Where | None:
        """Before sending one message: LOST when `poster` no longer holds the checklist, the recorded
        message when the claim already has one (nothing to send), None to go ahead. Renews the lease."""
        with self._db.write() as db:
            if not self._renew(db, workspace, checklist_id, poster, seconds):
                return LOST
            return _recorded(db, checklist_id, claim_id)

    def release(self, workspace: str, checklist_id: int, poster: str) -> None:
        """Let the lease lapse now (the resume loop may retry at once)."""
        with self._db.write() as db:
            db.execute(
                update(checklists)
                .where(
                    checklists.c.workspace == workspace,
                    checklists.c.id == checklist_id,
                    checklists.c.poster == poster,
                )
                .values(lease_until=None)
            )

    def unposted_checklists(self, workspace: str | None = None) -> list[tuple[str, int]]:
        """(workspace, id) of checklists whose posting has not finished (nor been refused), oldest first."""
        query = select(checklists.c.workspace, checklists.c.id).where(checklists.c.posted_at.is_(None), ~_refused())
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

    def refuse(self, workspace: str, checklist_id: int, reason: str) -> None:
        """The platform refused this checklist for good: posting ends, the reason is kept."""
        with self._db.write() as db:
            db.execute(
                self._db.insert_ignoring_conflicts(posting_refusals).values(
                    workspace=workspace, checklist_id=checklist_id, reason=reason[:1000], refused_at=now()
                )
            )
            db.execute(
                update(checklists)
                .where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
                .values(lease_until=None)
            )

    def refusal(self, workspace: str, checklist_id: int) -> str | None:
        """Why the platform refused this checklist, or None."""
        with self._db.read() as db:
            reason = db.execute(
                select(posting_refusals.c.reason).where(
                    posting_refusals.c.workspace == workspace, posting_refusals.c.checklist_id == checklist_id
                )
            ).scalar()
        return None if reason is None else str(reason)

    def forget_refusal(self, workspace: str, checklist_id: int) -> None:
        """Posting may be tried again (the person fixed what the platform refused)."""
        with self._db.write() as db:
            db.execute(
                delete(posting_refusals).where(
                    posting_refusals.c.workspace == workspace, posting_refusals.c.checklist_id == checklist_id
                )
            )

    def record_message(
        self, *, workspace: str, platform: str, channel: str, message_id: str, checklist_id: int, claim_id: int | None
    ) -> Where:
        """Record the message that stands for a claim (None: the parent); returns the one recorded, which is
        another poster's when that was recorded first (then this one is a duplicate to withdraw)."""
        with self._db.write() as db:
            # the checklist's row lock orders two recorders (NULL claim ids are never unique in SQL)
            db.execute(
                select(checklists.c.id)
                .where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
                .with_for_update()
            )
            found = _recorded(db, checklist_id, claim_id)
            if found is not None:
                return found
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
            return (channel, message_id)

    def posted_messages(self, workspace: str, checklist_id: int) -> dict[int | None, Where]:
        """claim id (None for the parent) -> (channel, message id) of what is already posted."""
        with self._db.read() as db:
            rows = db.execute(
                select(messages.c.claim_id, messages.c.channel, messages.c.message_id).where(
                    messages.c.workspace == workspace, messages.c.checklist_id == checklist_id
                )
            ).all()
        return {(int(c) if c is not None else None): (str(ch), str(m)) for c, ch, m in rows}

    def _renew(self, db: Connection, workspace: str, checklist_id: int, poster: str, seconds: float) -> bool:
        query = (
            update(checklists)
            .where(
                checklists.c.workspace == workspace,
                checklists.c.id == checklist_id,
                checklists.c.poster == poster,
                checklists.c.posted_at.is_(None),
                ~_refused(),
            )
            .values(lease_until=now() + timedelta(seconds=seconds))
            .returning(checklists.c.id)
        )
        return db.execute(query).first() is not None


def _refused() -> Exists:
    return exists().where(
        posting_refusals.c.workspace == checklists.c.workspace, posting_refusals.c.checklist_id == checklists.c.id
    )


def _recorded(db: Connection, checklist_id: int, claim_id: int | None) -> Where | None:
    condition = messages.c.claim_id.is_(None) if claim_id is None else messages.c.claim_id == claim_id
    row = db.execute(
        select(messages.c.channel, messages.c.message_id).where(messages.c.checklist_id == checklist_id, condition)
    ).first()
    return None if row is None else (str(row[0]), str(row[1]))
