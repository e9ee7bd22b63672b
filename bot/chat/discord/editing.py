"""Editing a checklist's Discord messages after reactions: one task per client, coalesced and paced.

Reactions mark their claim's message and the parent dirty (`bot.core.edits.EditPlan`). One task
takes the due messages, renders each from the store when it sends (store reads off the event loop),
skips a message whose text did not change, and awaits each edit before the next: edits of a message
never overtake each other under the channel's rate limit, and the last state always wins.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

import discord

from bot.app import App
from bot.chat.discord.render import NO_PINGS, claim_text, parent_text, source_link
from bot.core.edits import EditPlan, MessageKey
from bot.core.service import ChecklistView
from claims import ClaimCheckError

log = logging.getLogger(__name__)


class DiscordEditor:
    def __init__(self, app: App, client: discord.Client) -> None:
        self.app = app
        self.client = client
        self.plan = EditPlan(app.config.discord.edit_interval_seconds)
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._busy = False

    def mark(self, workspace: str, checklist_id: int, claim_id: int | None) -> None:
        """On the event loop: the claim's message and the parent may show an old state."""
        self.plan.mark((workspace, checklist_id, claim_id))
        self.plan.mark((workspace, checklist_id, None))
        if self._wake is None:
            self._wake = asyncio.Event()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="discord-editor")
        self._wake.set()

    def posted(self, checklist: ChecklistView, source_link: str | None, names: dict[str, str]) -> None:
        """The checklist was just posted from this view: its messages show these texts."""
        workspace = checklist.place.workspace
        self.plan.posted((workspace, checklist.id, None), parent_text(checklist, source_link, self.app.config.workflow))
        for claim in checklist.claims:
            self.plan.posted((workspace, checklist.id, claim.id), claim_text(claim, names))

    async def idle(self, timeout: float = 30.0) -> bool:
        """True once every dirty message is edited (or found unchanged): for tests and benchmarks."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (self.plan.idle() and not self._busy):
            if loop.time() > deadline:
                return False
            await asyncio.sleep(0.02)
        return True

    async def _run(self) -> None:
        assert self._wake is not None
        while not self.client.is_closed():
            ready, wait = self.plan.take_due()
            if not ready:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=wait if wait is not None else 30.0)
                except TimeoutError:
                    pass
                continue
            self._busy = True
            try:
                await self._edit(ready)
            except Exception as exc:  # the store may be down a moment: the messages are tried again
                log.warning("editing checklist messages failed: %s", type(exc).__name__)
                for key in ready:
                    self.plan.failed(key)
            finally:
                self._busy = False

    async def _edit(self, ready: list[MessageKey]) -> None:
        by_checklist: dict[tuple[str, int], list[int | None]] = defaultdict(list)
        for workspace, checklist_id, claim_id in ready:
            by_checklist[(workspace, checklist_id)].append(claim_id)
        for (workspace, checklist_id), claim_ids in by_checklist.items():
            try:
                checklist, posted, names, link = await asyncio.to_thread(self._read, workspace, checklist_id)
            except ClaimCheckError:
                continue
            for claim_id in sorted(claim_ids, key=lambda c: (c is not None, c or 0)):  # the parent first
                key = (workspace, checklist_id, claim_id)
                where = posted.get(claim_id)
                if where is None:
                    continue
                if claim_id is None:
                    content, channel = parent_text(checklist, link, self.app.config.workflow), checklist.place.channel
                else:
                    claim = next((c for c in checklist.claims if c.id == claim_id), None)
                    if claim is None:
                        continue
                    content, channel = claim_text(claim, names), where[0]
                if not self.plan.needs_edit(key, content):
                    continue
                self.plan.sending(key)
                try:
                    partial = self.client.get_partial_messageable(int(channel), guild_id=int(workspace))
                    await partial.get_partial_message(int(where[1])).edit(content=content, allowed_mentions=NO_PINGS)
                except discord.HTTPException as exc:
                    # a deleted message or a lost permission: nothing to retry
                    log.warning("could not update checklist %s: HTTP %s", checklist_id, exc.status)
                    continue
                self.plan.sent(key, content)

    def _read(
        self, workspace: str, checklist_id: int
    ) -> tuple[ChecklistView, dict[int | None, tuple[str, str]], dict[str, str], str | None]:
        checklist = self.app.workflow.checklist(workspace, checklist_id)
        posted = self.app.store.posting.posted_messages(workspace, checklist_id)
        return checklist, posted, self.app.store.people.names(workspace), source_link(checklist)
