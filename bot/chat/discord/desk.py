"""The desk on Discord: 🙋 takes a claim, a reply to a claim's message is a note on it (links in it are
sources), `/factcheck take|assign|mine|note|due`, and the deadline's reminders in the checklist's thread.
Every rule is bot/core/desk.py's; this module reads payloads and answers.

`install_desk` runs at the end of `build_client`: the client's reaction and message handlers are
wrapped so that the desk's events (a take emoji, a reply to a claim) come here and the rest go on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.chat.discord.adapter import DiscordAdapter
from bot.chat.discord.render import NO_PINGS, clip, neutral
from bot.config import without_skin_tone
from bot.core import desk_commands
from bot.core.desk import Desk, DeskResult
from bot.core.service import ChecklistView, ClaimView, Place
from claims import ClaimCheckError

log = logging.getLogger(__name__)
Handler = Callable[..., Awaitable[None]]


def _mention(who: str) -> str:
    return f"<@{who}>" if who.isdigit() else neutral(who)


class DiscordDesk:
    def __init__(self, adapter: DiscordAdapter) -> None:
        self.adapter = adapter
        self.app = adapter.app
        self.client = adapter.client
        self.desk = Desk(adapter.app.workflow)
        self._reminding: asyncio.Task[None] | None = None

    # -- 🙋 ----------------------------------------------------------------------------------------------
    def is_take(self, payload: discord.RawReactionActionEvent) -> bool:
        return without_skin_tone(payload.emoji.name or "") in self.app.config.workflow.take_emoji

    async def on_take(self, payload: discord.RawReactionActionEvent, added: bool) -> None:
        if payload.guild_id is None or (self.client.user and payload.user_id == self.client.user.id):
            return
        if payload.member is not None and payload.member.bot:
            return
        place = Place("discord", str(payload.guild_id), str(payload.channel_id))
        when = self.adapter.event_time()
        result = await self.adapter.off_loop(
            self.desk.take_by_reaction,
            place,
            str(payload.user_id),
            str(payload.message_id),
            added,
            when,
            f"discord:take:{payload.message_id}:{payload.user_id}:{added}:{when.timestamp()}",
        )
        self._refresh(result)

    # -- a reply to a claim's message ----------------------------------------------------------------
    async def on_reply(self, message: discord.Message) -> bool:
        """True when the message was a note (or a hint was given); False: not the desk's."""
        reference = message.reference
        guild_id = getattr(message.channel, "guild_id", None) or (message.guild.id if message.guild else None)
        if reference is None or reference.message_id is None or guild_id is None or message.author.bot:
            return False
        place = Place("discord", str(guild_id), str(reference.channel_id or message.channel.id))
        try:
            result = await self.adapter.off_loop(
                self.desk.note_on_message,
                place,
                str(message.author.id),
                str(reference.message_id),
                message.content,
                f"discord:note:{message.id}",
            )
        except ClaimCheckError as exc:
            await self._answer(message, str(exc))
            return True
        if result is None:
            return False
        self._refresh(result)
        await self.adapter.learn(place.workspace, message.author)
        return True

    async def _answer(self, message: discord.Message, text: str) -> None:
        try:
            await message.reply(clip(neutral(text)), allowed_mentions=NO_PINGS, mention_author=False)
        except discord.HTTPException as exc:
            log.warning("could not answer a note: HTTP %s", exc.status)

    # -- /factcheck take|assign|mine|note|due -------------------------------------------------------------
    async def command(self, interaction: discord.Interaction, words: list[str]) -> None:
        await interaction.response.defer(thinking=True, ephemeral=words[0] == "mine")
        place = Place("discord", str(interaction.guild_id), str(interaction.channel_id))
        # in a checklist's own thread, that checklist; else the channel's latest
        row = await self.adapter.off_loop(self.app.store.checklists.checklist_in_thread, place.workspace, place.channel)
        try:
            reply = await self.adapter.off_loop(
                desk_commands.run,
                self.desk,
                place,
                str(interaction.user.id),
                words,
                row.id if row else None,
                person=lambda typed: typed.strip("<@!>"),
                link=self._link,
                name=_mention,
                escape=neutral,
            )
        except ClaimCheckError as exc:
            await interaction.followup.send(clip(neutral(str(exc))), allowed_mentions=NO_PINGS)
            return
        await interaction.followup.send(clip(reply.text), allowed_mentions=NO_PINGS)
        self._refresh(reply.result)
        if reply.checklist is not None:
            self.adapter.editor.mark(place.workspace, reply.checklist.id, None)

    def _link(self, checklist: ChecklistView, claim: ClaimView) -> str:
        posted = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id)
        where = posted.get(claim.id)
        if where is None:
            return f"claim {claim.number}"
        url = f"https://discord.com/channels/{checklist.place.workspace}/{where[0]}/{where[1]}"
        return f"[claim {claim.number}](<{url}>)"

    # -- reminders ------------------------------------------------------------------------------------------
    async def send_reminders(self) -> int:
        """Post the reminders due now that this worker won (each is sent once across workers)."""
        reminders = await self.adapter.off_loop(self.desk.reminders, self.adapter.worker, "discord", _mention)
        sent = 0
        for reminder in reminders:
            checklist = reminder.checklist
            posted = await self.adapter.off_loop(
                self.app.store.posting.posted_messages, checklist.place.workspace, checklist.id
            )
            thread = next((where[0] for claim_id, where in posted.items() if claim_id is not None), None)
            if thread is None:
                continue
            channel = self.client.get_partial_messageable(int(thread), guild_id=int(checklist.place.workspace))
            try:
                await channel.send(clip(reminder.text), allowed_mentions=NO_PINGS)
                sent += 1
            except discord.HTTPException as exc:
                log.warning("reminder for checklist %s not sent: HTTP %s", checklist.id, exc.status)
        return sent

    def start_reminding(self) -> None:
        if self._reminding is None or self._reminding.done():
            self._reminding = asyncio.get_running_loop().create_task(self._remind_forever(), name="desk-reminders")

    async def _remind_forever(self) -> None:
        while not self.client.is_closed():
            try:
                await self.send_reminders()
            except Exception as exc:  # the store may be down a moment: try again next round
                log.warning("sending reminders failed: %s", type(exc).__name__)
            await asyncio.sleep(self.app.config.discord.resume_interval_seconds)

    def _refresh(self, result: DeskResult | None) -> None:
        if result is not None:
            self.adapter.editor.mark(result.workspace, result.checklist_id, result.claim_id)


def _add_commands(tree: app_commands.CommandTree, desk: DiscordDesk) -> None:
    group = tree.get_command("factcheck")
    assert isinstance(group, app_commands.Group)

    @app_commands.command(name="take", description="Take a claim (again: release it)")
    @app_commands.describe(number="The claim's number")
    async def take(interaction: discord.Interaction, number: int) -> None:
        await desk.command(interaction, ["take", str(number)])

    @app_commands.command(name="assign", description="Give a claim to someone")
    @app_commands.describe(number="The claim's number", person="Who checks it")
    async def assign(interaction: discord.Interaction, number: int, person: discord.User) -> None:
        await desk.command(interaction, ["assign", str(number), str(person.id)])

    @app_commands.command(name="mine", description="Your open claims, across checklists")
    async def mine(interaction: discord.Interaction) -> None:
        await desk.command(interaction, ["mine"])

    @app_commands.command(name="note", description="A note on a claim (links in it are its sources)")
    @app_commands.describe(number="The claim's number", text="What you found; links in it become sources")
    async def note(interaction: discord.Interaction, number: int, text: str) -> None:
        await desk.command(interaction, ["note", str(number), *text.split(" ")])

    @app_commands.command(name="due", description="The checklist's deadline: 17:00 or 2h")
    @app_commands.describe(when="A time of day (17:00, 5pm) or a span from now (2h, 90m)")
    async def due(interaction: discord.Interaction, when: str) -> None:
        await desk.command(interaction, ["due", *when.split()])

    commands: list[app_commands.Command[Any, ..., None]] = [take, assign, mine, note, due]
    for command in commands:
        group.add_command(command)


def _wrap(client: discord.Client, name: str, first: Callable[..., Awaitable[bool]]) -> None:
    """Replace the client's handler `name` by one that tries the desk first, then the original."""
    original: Handler | None = getattr(client, name, None)

    async def handler(*args: Any, **kwargs: Any) -> None:
        if not await first(*args, **kwargs) and original is not None:
            await original(*args, **kwargs)

    handler.__name__ = name
    client.event(handler)


def install_desk(client: discord.Client, adapter: DiscordAdapter, tree: app_commands.CommandTree) -> DiscordDesk:
    desk = DiscordDesk(adapter)
    adapter.desk = desk  # type: ignore[attr-defined]
    _add_commands(tree, desk)

    async def take_added(payload: discord.RawReactionActionEvent) -> bool:
        if desk.is_take(payload):
            await desk.on_take(payload, added=True)
            return True
        return False

    async def take_removed(payload: discord.RawReactionActionEvent) -> bool:
        if desk.is_take(payload):
            await desk.on_take(payload, added=False)
            return True
        return False

    async def ready() -> bool:
        desk.start_reminding()
        return False

    _wrap(client, "on_raw_reaction_add", take_added)
    _wrap(client, "on_raw_reaction_remove", take_removed)
    _wrap(client, "on_message", desk.on_reply)
    _wrap(client, "on_ready", ready)
    return desk
