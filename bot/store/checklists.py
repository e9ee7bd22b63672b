"""Checklists and their claims: saved once per request, read by id, request, link, channel or recency."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bot.store.database import Database
from bot.store.memory import ClaimMemory
from bot.store.rows import ChecklistRow, ClaimRow, checklist_row, claim_row, now, text_hash
from bot.store.schema import checklists, claims, messages
from claims import Claim


class Checklists:
    def __init__(self, database: Database, memory: ClaimMemory) -> None:
        self._db = database
        self._memory = memory

    def save_checklist(
        self,
        *,
        workspace: str,
        platform: str,
        channel: str,
        title: str | None,
        url: str | None,
        text: str,
        submitted_by: str,
        request_key: str | None,
        found: Sequence[Claim],
        memory: Sequence[dict[str, Any] | None],
    ) -> tuple[int, bool]:
        """Store a checklist and its claims; returns (id, created). A repeated request_key returns the first."""
        with self._db.write() as db:
            if request_key:
                existing = db.execute(
                    select(checklists.c.id).where(
                        checklists.c.workspace == workspace, checklists.c.request_key == request_key
                    )
                ).scalar()
                if existing is not None:
                    return int(existing), False
            # two events announcing one message may race here (PostgreSQL): the second finds the first's
            checklist_id = db.execute(
                self._db.insert(checklists)
                .values(
                    workspace=workspace,
                    platform=platform,
                    channel=channel,
                    title=title,
                    url=url,
                    text_hash=text_hash(text),
                    submitted_by=submitted_by,
                    submitted_at=now(),
                    request_key=request_key,
                )
                .on_conflict_do_nothing(index_elements=[checklists.c.workspace, checklists.c.request_key])
                .returning(checklists.c.id)
            ).scalar()
            if checklist_id is None:
                existing = db.execute(
                    select(checklists.c.id).where(
                        checklists.c.workspace == workspace, checklists.c.request_key == request_key
                    )
                ).scalar_one()
                return int(existing), False
            for number, (claim, note) in enumerate(zip(found, memory, strict=True), 1):
                claim_id = db.execute(
                    claims.insert()
                    .values(
                        workspace=workspace,
                        checklist_id=checklist_id,
                        number=number,
                        text=claim.text,
                        type=claim.type,
                        score=claim.score,
                        quantities=[{"value": q.value, "unit": q.unit, "text": q.text} for q in claim.quantities],
                        attribution=claim.attribution,
                        start=claim.start,
                        end=claim.end,
                        memory=note,
                    )
                    .returning(claims.c.id)
                ).scalar_one()
                self._memory.index(db, workspace, int(claim_id), claim.text)
            return int(checklist_id), True

    def checklist(self, workspace: str, checklist_id: int) -> ChecklistRow | None:
        return self._one(select(checklists).where(checklists.c.workspace == workspace, checklists.c.id == checklist_id))

    def checklist_by_request(self, workspace: str, request_key: str) -> ChecklistRow | None:
        return self._one(
            select(checklists).where(checklists.c.workspace == workspace, checklists.c.request_key == request_key)
        )

    def checklist_by_url(self, workspace: str, url: str, channel: str | None = None) -> ChecklistRow | None:
        query = select(checklists).where(checklists.c.workspace == workspace, checklists.c.url == url)
        if channel:
            query = query.where(checklists.c.channel == channel)
        return self._one(query.order_by(checklists.c.id.desc()))

    def latest_checklist(self, workspace: str, channel: str | None = None) -> ChecklistRow | None:
        query = select(checklists).where(checklists.c.workspace == workspace)
        if channel:
            query = query.where(checklists.c.channel == channel)
        return self._one(query.order_by(checklists.c.id.desc()))

    def checklist_in_thread(self, workspace: str, channel: str) -> ChecklistRow | None:
        """The checklist whose claim messages live in `channel` (a thread that is a channel, on Discord)."""
        owner = (
            select(messages.c.checklist_id)
            .where(messages.c.workspace == workspace, messages.c.channel == channel, messages.c.claim_id.is_not(None))
            .limit(1)
            .scalar_subquery()
        )
        return self._one(
            select(checklists).where(
                checklists.c.workspace == workspace, checklists.c.id == owner, checklists.c.channel != channel
            )
        )

    def checklist_of_parent(self, workspace: str, channel: str, message_id: str) -> ChecklistRow | None:
        """The checklist whose parent message this is (a Slack thread is named by its parent's ts)."""
        owner = (
            select(messages.c.checklist_id)
            .where(
                messages.c.workspace == workspace,
                messages.c.message_id == message_id,
                messages.c.claim_id.is_(None),
            )
            .limit(1)
            .scalar_subquery()
        )
        return self._one(
            select(checklists).where(
                checklists.c.workspace == workspace, checklists.c.id == owner, checklists.c.channel == channel
            )
        )

    def checklists_in(self, workspace: str, channel: str, limit: int = 20) -> list[ChecklistRow]:
        query = (
            select(checklists)
            .where(checklists.c.workspace == workspace, checklists.c.channel == channel)
            .order_by(checklists.c.id.desc())
            .limit(limit)
        )
        with self._db.read() as db:
            rows = db.execute(query).mappings().all()
        return [checklist_row(r) for r in rows]

    def claims_of(self, workspace: str, checklist_id: int) -> list[ClaimRow]:
        query = (
            select(claims)
            .where(claims.c.workspace == workspace, claims.c.checklist_id == checklist_id)
            .order_by(claims.c.number)
        )
        with self._db.read() as db:
            rows = db.execute(query).mappings().all()
        return [claim_row(r) for r in rows]

    def _one(self, query: Any) -> ChecklistRow | None:
        with self._db.read() as db:
            row = db.execute(query).mappings().first()
        return checklist_row(row) if row else None
