"""Posting a checklist on Discord from a worker thread, through the bot's event loop: the parent in
the channel, a thread on it, one message per claim in the thread.

A refusal Discord means for good (Forbidden: a missing permission; NotFound: a deleted channel)
raises `PostingRefused` with one sentence for the person, and a parent whose thread could not be
opened is deleted again: no parent is left without its thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Mapping
from typing import TypeVar

import discord

from bot.chat.discord.render import NO_PINGS, claim_text, clip, parent_text
from bot.config import WorkflowConfig
from bot.core.posting import PostingRefused
from bot.core.service import ChecklistView, ClaimView

log = logging.getLogger(__name__)
T = TypeVar("T")

PERMISSIONS = "View Channel, Send Messages, Create Public Threads and Send Messages in Threads"
THREADS_REFUSED = (
    "I may not open a thread in this channel: give me the Create Public Threads permission "
    "(Server Settings → Roles, or this channel's permissions), then try again."
)
SEND_REFUSED = f"I may not post in this channel: give me {PERMISSIONS} here, then try again."
GONE = "This channel or its thread is gone, so the checklist cannot be posted in it."


def refusal(error: discord.HTTPException, threads: bool = False) -> PostingRefused | None:
    """The PostingRefused a Discord error stands for; None when it may pass (a retry may work)."""
    if isinstance(error, discord.Forbidden):
        return PostingRefused(THREADS_REFUSED if threads else SEND_REFUSED)
    if isinstance(error, discord.NotFound):
        return PostingRefused(GONE)
    return None


class DiscordSender:
    """Posts from a worker thread through the bot's event loop: parent in the channel, claims in a thread."""

    def __init__(
        self,
        client: discord.Client,
        loop: asyncio.AbstractEventLoop,
        *,
        source_link: str | None = None,
        names: Mapping[str, str] | None = None,
        workflow: WorkflowConfig | None = None,
    ) -> None:
        self.client = client
        self.workflow = workflow
        self.loop = loop
        self.source_link = source_link
        self.names = names or {}

    def _run(self, coroutine: Awaitable[T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)  # type: ignore[arg-type]

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        async def send() -> tuple[str, str]:
            channel = self.client.get_partial_messageable(
                int(checklist.place.channel), guild_id=int(checklist.place.workspace)
            )
            try:
                text = parent_text(checklist, self.source_link, self.workflow)
                message = await channel.send(text, allowed_mentions=NO_PINGS)
            except discord.HTTPException as exc:
                raise (refusal(exc) or exc) from exc
            try:
                # a message sent through a partial channel carries no guild, so the thread is opened by id
                thread = await self.client.http.start_thread_with_message(
                    channel.id,
                    message.id,
                    name=clip(f"Checklist #{checklist.id}: {checklist.title or 'claims'}", 100),
                    auto_archive_duration=1440,
                )
            except discord.HTTPException as exc:
                refused = refusal(exc, threads=True)
                if refused is None:
                    raise
                try:
                    await message.delete()  # no parent without its thread
                except discord.HTTPException:
                    log.warning("could not delete the parent of checklist %s", checklist.id)
                raise refused from exc
            # the thread's id is what claim messages and their reactions carry as their channel
            return str(thread["id"]), str(message.id)

        return self._run(send())

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        async def send() -> tuple[str, str]:
            thread = self.client.get_partial_messageable(int(parent[0]), guild_id=int(checklist.place.workspace))
            try:
                message = await thread.send(claim_text(claim, self.names), allowed_mentions=NO_PINGS)
            except discord.HTTPException as exc:
                raise (refusal(exc, threads=True) or exc) from exc
            return parent[0], str(message.id)

        return self._run(send())

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        # Discord messages carry no metadata to recognise; a message that reached Discord just before a
        # crash may be posted again after it (see README)
        return {}
