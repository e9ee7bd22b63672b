"""The Discord adapter: app commands, a message context menu and raw reaction events, turned into
calls on the same workflow service as Slack. Store calls and fetching run off the event loop."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.app import App, create_app
from bot.chat.discord.render import claim_text, clip, neutral, parent_text
from bot.config import AppConfig
from bot.core import reports
from bot.core.posting import post_checklist
from bot.core.service import ChecklistView, ClaimView, Place, article_source
from claims import ClaimCheckError

log = logging.getLogger(__name__)
T = TypeVar("T")
NO_PINGS = discord.AllowedMentions.none()
HELP = (
    "**/factcheck** commands:\n"
    "• `/factcheck check LINK-OR-TEXT` check an article; its claims are posted in a thread\n"
    "• `/factcheck report` the report of this channel's latest checklist\n"
    "• `/factcheck export FORMAT` the report as a file (csv, md, json, html, claimreview)\n"
    "• `/factcheck list` open checklists here\n"
    "• right-click a message → Apps → *Fact-check this message*\n"
    "React to a claim with ✅ verified, ❌ false, ⚠️ disputed, 🔍 checking, ❓ needs a source, 🚫 not a claim."
)


def use_api_url(url: str | None) -> None:
    """Point discord.py's REST calls (and interaction webhooks) at another base URL: the tests' fake API."""
    if url:
        discord.http.Route.BASE = url.rstrip("/")


class DiscordSender:
    """Posts from a worker thread through the bot's event loop: parent in the channel, claims in a thread."""

    def __init__(self, client: discord.Client, loop: asyncio.AbstractEventLoop) -> None:
        self.client = client
        self.loop = loop

    def _run(self, coroutine: Awaitable[T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)  # type: ignore[arg-type]

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        async def send() -> tuple[str, str]:
            channel = self.client.get_partial_messageable(
                int(checklist.place.channel), guild_id=int(checklist.place.workspace)
            )
            message = await channel.send(parent_text(checklist), allowed_mentions=NO_PINGS)
            # a message sent through a partial channel carries no guild, so the thread is opened by id
            thread = await self.client.http.start_thread_with_message(
                channel.id,
                message.id,
                name=clip(f"Checklist #{checklist.id}: {checklist.title or 'claims'}", 100),
                auto_archive_duration=1440,
            )
            # the thread's id is what claim messages and their reactions carry as their channel
            return str(thread["id"]), str(message.id)

        return self._run(send())

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        async def send() -> tuple[str, str]:
            thread = self.client.get_partial_messageable(int(parent[0]), guild_id=int(checklist.place.workspace))
            message = await thread.send(claim_text(claim), allowed_mentions=NO_PINGS)
            return parent[0], str(message.id)

        return self._run(send())

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        # Discord messages carry no metadata to recognise; a message that reached Discord just before a
        # crash may be posted again after it (see README)
        return {}


class DiscordAdapter:
    def __init__(self, app: App, client: discord.Client) -> None:
        self.app = app
        self.client = client
        self.worker = f"discord-{os.getpid()}-{uuid.uuid4().hex[:6]}"

    async def off_loop(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(call, *args, **kwargs)

    # -- checking -------------------------------------------------------------------------------
    async def check(self, interaction: discord.Interaction, source: str, request_key: str) -> None:
        await interaction.response.defer(thinking=True)

        async def answer(text: str) -> None:
            await interaction.followup.send(clip(text), allowed_mentions=NO_PINGS)

        await self._check_and_post(
            source, str(interaction.user.id), _place(interaction), request_key, answer, announce=True
        )

    async def on_message(self, message: discord.Message) -> None:
        """Watched-channel mode: a pasted link or article in a channel becomes a checklist."""
        if message.author.bot or message.guild is None:
            return
        source = article_source(message.content, self.app.config.discord.min_article_chars)
        if source is None:
            return

        async def answer(text: str) -> None:
            await message.reply(clip(text), allowed_mentions=NO_PINGS)

        place = Place("discord", str(message.guild.id), str(message.channel.id))
        await self._check_and_post(source, str(message.author.id), place, f"message:{message.id}", answer)

    async def _check_and_post(
        self,
        source: str,
        who: str,
        place: Place,
        request_key: str,
        answer: Callable[[str], Awaitable[None]],
        announce: bool = False,
    ) -> None:
        """Submit, then post the checklist in a thread; a problem the person can act on is answered."""
        try:
            checklist = await self.off_loop(self.app.workflow.submit, source, who, place, request_key)
        except ClaimCheckError as exc:
            await answer(str(exc))
            return
        if announce:
            await answer(f"Checklist #{checklist.id}: {len(checklist.claims)} claims, posting below.")
        sender = DiscordSender(self.client, asyncio.get_running_loop())
        await self.off_loop(post_checklist, self.app.workflow, checklist, sender, self.worker)

    # -- reactions ------------------------------------------------------------------------------
    async def on_reaction(self, payload: discord.RawReactionActionEvent, added: bool) -> None:
        if payload.guild_id is None or (self.client.user and payload.user_id == self.client.user.id):
            return
        if payload.member is not None and payload.member.bot:
            return
        place = Place("discord", str(payload.guild_id), str(payload.channel_id))
        emoji = payload.emoji.name or ""
        result = await self.off_loop(
            self.app.workflow.react,
            who=str(payload.user_id),
            emoji=emoji,
            place=place,
            message_id=str(payload.message_id),
            added=added,
            when=datetime.now(UTC),
            event_key=f"discord:{uuid.uuid4()}",
        )
        if result is None:
            return
        checklist = await self.off_loop(self.app.workflow.checklist, place.workspace, result.checklist_id)
        posted = await self.off_loop(self.app.store.posting.posted_messages, place.workspace, checklist.id)
        try:
            if result.claim.id in posted:
                channel_id, message_id = posted[result.claim.id]
                await self._edit(channel_id, message_id, claim_text(result.claim), place.workspace)
            if None in posted:
                channel_id, message_id = posted[None]
                await self._edit(str(checklist.place.channel), message_id, parent_text(checklist), place.workspace)
        except discord.HTTPException as exc:
            log.warning("could not update checklist %s: HTTP %s", checklist.id, exc.status)

    async def _edit(self, channel_id: str, message_id: str, content: str, guild_id: str) -> None:
        channel = self.client.get_partial_messageable(int(channel_id), guild_id=int(guild_id))
        await channel.get_partial_message(int(message_id)).edit(content=content, allowed_mentions=NO_PINGS)

    # -- reports --------------------------------------------------------------------------------
    async def report(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        try:
            checklist = await self.off_loop(self.app.workflow.find_checklist, _place(interaction), None)
        except ClaimCheckError as exc:
            await interaction.followup.send(str(exc), allowed_mentions=NO_PINGS)
            return
        text = reports.as_text(reports.build_report(checklist))
        await interaction.followup.send(clip(neutral(text)), allowed_mentions=NO_PINGS)

    async def export(self, interaction: discord.Interaction, fmt: str) -> None:
        await interaction.response.defer(thinking=True)
        if fmt not in reports.EXPORTS:
            await interaction.followup.send(
                "Export as one of: " + ", ".join(reports.EXPORTS), allowed_mentions=NO_PINGS
            )
            return
        try:
            checklist = await self.off_loop(self.app.workflow.find_checklist, _place(interaction), None)
        except ClaimCheckError as exc:
            await interaction.followup.send(str(exc), allowed_mentions=NO_PINGS)
            return
        renderer, extension = reports.EXPORTS[fmt]
        content = reports.render(reports.build_report(checklist), renderer).encode("utf-8")
        import io

        file = discord.File(io.BytesIO(content), filename=f"factcheck-{checklist.id}.{extension}")
        await interaction.followup.send(f"Report of checklist #{checklist.id}", file=file, allowed_mentions=NO_PINGS)

    async def list_open(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        lists = await self.off_loop(self.app.workflow.open_checklists, _place(interaction))
        text = (
            "\n".join(f"#{c.id} {neutral(c.title or 'untitled')}: {c.done}/{len(c.claims)} resolved" for c in lists)
            or "No open checklists here."
        )
        await interaction.followup.send(clip(text), allowed_mentions=NO_PINGS)


def _place(interaction: discord.Interaction) -> Place:
    return Place("discord", str(interaction.guild_id or "dm"), str(interaction.channel_id))


def build_tree(client: discord.Client, adapter: DiscordAdapter) -> app_commands.CommandTree:
    """The /factcheck group and the message context menu, registered on a fresh tree."""
    tree = app_commands.CommandTree(client)
    group = app_commands.Group(name="factcheck", description="Fact-check checklists")

    @group.command(name="check", description="Check an article (a link or its text)")
    @app_commands.describe(source="A link to the article, or its text")
    async def check(interaction: discord.Interaction, source: str) -> None:
        await adapter.check(interaction, source, request_key=f"interaction:{interaction.id}")

    @group.command(name="report", description="The report of this channel's latest checklist")
    async def report(interaction: discord.Interaction) -> None:
        await adapter.report(interaction)

    @group.command(name="export", description="The report as a file")
    @app_commands.choices(format=[app_commands.Choice(name=n, value=n) for n in reports.EXPORTS])
    async def export(interaction: discord.Interaction, format: str) -> None:  # noqa: A002 - the option's name
        await adapter.export(interaction, format)

    @group.command(name="list", description="Open checklists in this channel")
    async def list_open(interaction: discord.Interaction) -> None:
        await adapter.list_open(interaction)

    @group.command(name="help", description="How to use the bot")
    async def help_(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(HELP, ephemeral=True, allowed_mentions=NO_PINGS)

    async def context_check(interaction: discord.Interaction, message: discord.Message) -> None:
        await adapter.check(interaction, message.content, request_key=f"interaction:{interaction.id}")

    tree.add_command(group)
    tree.add_command(app_commands.ContextMenu(name="Fact-check this message", callback=context_check))
    return tree


def build_client(app: App) -> tuple[discord.Client, DiscordAdapter, app_commands.CommandTree]:
    """A client with the intents the bot needs: no privileged ones unless watched-channel mode is on."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.guild_reactions = True
    intents.message_content = app.config.discord.watch_channels
    client = discord.Client(intents=intents, allowed_mentions=NO_PINGS)
    adapter = DiscordAdapter(app, client)
    tree = build_tree(client, adapter)

    if app.config.discord.watch_channels:

        @client.event
        async def on_message(message: discord.Message) -> None:
            await adapter.on_message(message)

    @client.event
    async def on_raw_reaction_add(payload: discord.RawReactionActionEvent) -> None:
        await adapter.on_reaction(payload, added=True)

    @client.event
    async def on_raw_reaction_remove(payload: discord.RawReactionActionEvent) -> None:
        await adapter.on_reaction(payload, added=False)

    synced = asyncio.Event()

    @client.event
    async def on_ready() -> None:
        # on_ready fires again after reconnects: sync the commands once
        if not synced.is_set():
            synced.set()
            await tree.sync()
            log.info("Discord commands synced")

    return client, adapter, tree


def serve_discord(args: argparse.Namespace, config: AppConfig) -> int:
    token = os.environ.get("DISCORD_TOKEN")
    if not token:
        raise ClaimCheckError("DISCORD_TOKEN is not set; see README, 'Run it on Discord'.")
    use_api_url(os.environ.get("DISCORD_API_URL"))
    app = create_app(config, database_url=args.database)
    client, _, _ = build_client(app)
    try:
        client.run(token, log_handler=None)
    finally:
        app.close()
    return 0
