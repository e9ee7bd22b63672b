"""The Discord adapter: app commands, a message context menu and raw reaction events, turned into
calls on the same workflow service as Slack. Store calls and fetching run off the event loop."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import discord

from bot.app import App, create_app
from bot.chat.discord.editing import DiscordEditor
from bot.chat.discord.render import NO_PINGS, clip, jump_link, neutral, report_text, source_link
from bot.chat.discord.sender import SEND_REFUSED, THREADS_REFUSED, DiscordSender
from bot.config import AppConfig
from bot.core import reports
from bot.core.edits import FLUSH_SECONDS, REPAIR_WINDOW_SECONDS
from bot.core.posting import PostingRefused, post_checklist
from bot.core.service import ChecklistView, Place, article_source
from claims import ClaimCheckError

log = logging.getLogger(__name__)
T = TypeVar("T")
Answer = Callable[[str], Awaitable[None]]
DM_ANSWER = (
    "Checklists live in a server's channels, where the desk can react to them: "
    "use /factcheck in a channel of your server."
)


def use_api_url(url: str | None) -> None:
    """Point discord.py's REST calls (and interaction webhooks) at another base URL: the tests' fake API."""
    if url:
        discord.http.Route.BASE = url.rstrip("/")


def message_key(channel: int | str, message: int | str) -> str:
    """One message is one submission, however often it is asked for (the context menu twice)."""
    return f"message:{channel}:{message}"


class DiscordAdapter:
    def __init__(self, app: App, client: discord.Client) -> None:
        self.app = app
        self.client = client
        self.worker = f"discord-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.editor = DiscordEditor(app, client)
        self._resuming: asyncio.Task[None] | None = None
        self._last_event_at = datetime.min.replace(tzinfo=UTC)

    def event_time(self) -> datetime:
        """When a gateway event arrived, taken on the event loop before any wait, and later than the last:
        the gateway's order is the order of an editor's add and take-back, and the status follows time."""
        now = max(datetime.now(UTC), self._last_event_at + timedelta(microseconds=1))
        self._last_event_at = now
        return now

    async def off_loop(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(call, *args, **kwargs)

    async def learn(self, workspace: str, user: discord.abc.User | discord.Member | None) -> None:
        """Keep the name people see for this user (the member's display name in this server)."""
        if user is None or getattr(user, "bot", False):
            return
        await self.off_loop(self.app.store.people.remember, workspace, {str(user.id): user.display_name})

    # -- checking -------------------------------------------------------------------------------
    async def check(
        self, interaction: discord.Interaction, source: str, request_key: str, point_to_existing: bool = False
    ) -> None:
        # the answers are for the person who asked; the checklist itself is posted for everyone
        if not await self._in_server(interaction, ephemeral=True):
            return

        async def answer(text: str) -> None:
            await interaction.followup.send(clip(text), ephemeral=True, allowed_mentions=NO_PINGS)

        # Discord says in the interaction what the bot may do here: refuse before posting anything
        allowed = interaction.app_permissions
        if not (allowed.send_messages and allowed.view_channel):
            await answer(SEND_REFUSED)
            return
        if not (allowed.create_public_threads and allowed.send_messages_in_threads):
            await answer(THREADS_REFUSED)
            return
        place = _place(interaction)
        await self._check_and_post(
            source,
            str(interaction.user.id),
            place,
            request_key,
            answer,
            announce=True,
            point_to_existing=point_to_existing,
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
        await self.learn(place.workspace, message.author)
        await self._check_and_post(
            source, str(message.author.id), place, message_key(message.channel.id, message.id), answer
        )

    async def _check_and_post(
        self,
        source: str,
        who: str,
        place: Place,
        request_key: str,
        answer: Answer,
        announce: bool = False,
        point_to_existing: bool = False,
    ) -> None:
        """Submit, then post the checklist in a thread; a problem the person can act on is answered."""
        try:
            checklist = await self.off_loop(self.app.workflow.submit, source, who, place, request_key)
        except ClaimCheckError as exc:
            await answer(str(exc))
            return
        if not checklist.created and point_to_existing:
            await answer(await self.off_loop(self._already, checklist))
        elif announce:
            await answer(f"Checklist #{checklist.id}: {len(checklist.claims)} claims, posting in this channel.")
        await self.post(checklist, answer)

    def _already(self, checklist: ChecklistView) -> str:
        posted = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id)
        title = neutral(checklist.title or "untitled")
        if None in posted:
            link = jump_link(checklist.place.workspace, checklist.place.channel, posted[None][1])
            title = f"[{title}](<{link}>)"
        return f"That message already has a checklist: #{checklist.id} {title}. React to its claims there."

    async def post(self, checklist: ChecklistView, answer: Answer | None = None) -> None:
        names = await self.off_loop(self.app.store.people.names, checklist.place.workspace)
        link = source_link(checklist)
        sender = DiscordSender(
            self.client, asyncio.get_running_loop(), source_link=link, names=names, workflow=self.app.config.workflow
        )
        try:
            posted = await self.off_loop(post_checklist, self.app.workflow, checklist, sender, self.worker)
        except PostingRefused as exc:
            # recorded by post_checklist: no retry; the person learns why and what to do
            log.info("Discord refused checklist %s", checklist.id)
            if answer is not None:
                await answer(f"I could not post checklist #{checklist.id} here. {exc}")
            return
        if posted and checklist.created:
            self.editor.posted(checklist, link, names)

    # -- resuming after a restart ---------------------------------------------------------------
    async def resume_unposted(self) -> int:
        """Finish the Discord checklists a crash or an outage left half posted (leases that lapsed)."""
        done = 0
        for workspace, checklist_id in await self.off_loop(self.app.store.posting.unposted_checklists):
            checklist = await self.off_loop(self.app.workflow.checklist, workspace, checklist_id)
            if checklist.place.platform != "discord":
                continue
            try:
                await self.post(checklist)
                done += 1
            except Exception as exc:  # one checklist's trouble must not stop the others from resuming
                log.warning("resuming checklist %s failed: %s", checklist_id, type(exc).__name__)
        return done

    def start_resuming(self) -> None:
        """On the event loop, once: resume now (a restart), then every resume interval."""
        if self._resuming is None or self._resuming.done():
            self._resuming = asyncio.get_running_loop().create_task(self._resume_forever(), name="resume-posting")

    async def repair_edits(self) -> int:
        """Once at start: re-edit the messages of claims whose status changed lately (edits a stopped process
        may not have sent)."""
        changed = await self.off_loop(self.app.store.reactions.changed_within, "discord", REPAIR_WINDOW_SECONDS)
        for workspace, checklist_id, claim_id in changed:
            self.editor.mark(workspace, checklist_id, claim_id)
        return len(changed)

    async def _resume_forever(self) -> None:
        try:
            await self.repair_edits()
        except Exception as exc:
            log.warning("re-editing recently changed claims failed: %s", type(exc).__name__)
        while not self.client.is_closed():
            try:
                await self.resume_unposted()
            except Exception as exc:  # the store may be down a moment: try again next round
                log.warning("resuming unposted checklists failed: %s", type(exc).__name__)
            await asyncio.sleep(self.app.config.discord.resume_interval_seconds)

    # -- reactions ------------------------------------------------------------------------------
    async def on_reaction(self, payload: discord.RawReactionActionEvent, added: bool) -> None:
        if payload.guild_id is None or (self.client.user and payload.user_id == self.client.user.id):
            return
        if payload.member is not None and payload.member.bot:
            return
        when = self.event_time()  # before the first await: a removal right behind must come after it
        place = Place("discord", str(payload.guild_id), str(payload.channel_id))
        await self.learn(place.workspace, payload.member)  # present when the guild is cached
        result = await self.off_loop(
            self.app.workflow.react,
            who=str(payload.user_id),
            emoji=payload.emoji.name or "",
            place=place,
            message_id=str(payload.message_id),
            added=added,
            when=when,
            event_key=f"discord:{uuid.uuid4()}",
        )
        if result is None:
            return
        # the editor renders the claim and the parent from the store when it sends
        self.editor.mark(place.workspace, result.checklist_id, result.claim_id)

    async def _in_server(self, interaction: discord.Interaction, ephemeral: bool = False) -> bool:
        """Defer the answer at once (Discord wants one within 3 s) and learn the person's name; in a
        direct message, answer in one sentence instead: commands work in a server's channels."""
        if interaction.guild_id is None:
            await interaction.response.send_message(DM_ANSWER, ephemeral=True, allowed_mentions=NO_PINGS)
            return False
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        await self.learn(str(interaction.guild_id), interaction.user)
        return True

    # -- reports --------------------------------------------------------------------------------
    def report_of(self, checklist: ChecklistView) -> reports.Report:
        """The report with names as people see them and each claim a jump link to its message."""
        workspace = checklist.place.workspace
        posted = self.app.store.posting.posted_messages(workspace, checklist.id)
        links: dict[int | None, str] = {
            claim_id: jump_link(workspace, checklist.place.channel if claim_id is None else channel, message)
            for claim_id, (channel, message) in posted.items()
        }
        timezone = str(getattr(getattr(self.app.config, "workflow", None), "timezone", "UTC") or "UTC")
        names = self.app.store.people.names(workspace)
        return reports.build_report(checklist, names=names, links=links, timezone=timezone)

    async def report(self, interaction: discord.Interaction) -> None:
        if not await self._in_server(interaction):
            return
        try:
            checklist = await self.off_loop(self.app.workflow.find_checklist, _place(interaction), None)
        except ClaimCheckError as exc:
            await interaction.followup.send(str(exc), allowed_mentions=NO_PINGS)
            return
        report = await self.off_loop(self.report_of, checklist)
        await interaction.followup.send(report_text(report), allowed_mentions=NO_PINGS)

    async def export(self, interaction: discord.Interaction, fmt: str) -> None:
        if not await self._in_server(interaction):
            return
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
        report = await self.off_loop(self.report_of, checklist)
        content = reports.render(report, renderer).encode("utf-8")
        import io

        file = discord.File(io.BytesIO(content), filename=f"factcheck-{checklist.id}.{extension}")
        await interaction.followup.send(f"Report of checklist #{checklist.id}", file=file, allowed_mentions=NO_PINGS)

    async def list_open(self, interaction: discord.Interaction) -> None:
        from bot.chat.discord.render import list_text

        if not await self._in_server(interaction):
            return
        lists = await self.off_loop(self.app.workflow.open_checklists, _place(interaction))
        await interaction.followup.send(list_text(lists), allowed_mentions=NO_PINGS)


def _place(interaction: discord.Interaction) -> Place:
    return Place("discord", str(interaction.guild_id), str(interaction.channel_id))


def build_client(app: App) -> tuple[discord.Client, DiscordAdapter, discord.app_commands.CommandTree]:
    """A client with the intents the bot needs: no privileged ones unless watched-channel mode is on."""
    from bot.chat.discord.commands import build_tree
    from bot.chat.discord.desk import install_desk

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
        # on_ready fires again after reconnects: resume and sync once
        if not synced.is_set():
            synced.set()
            adapter.start_resuming()  # checklists a dead process left half posted
            await tree.sync()
            log.info("Discord commands synced")

    install_desk(client, adapter, tree)  # 🙋, replies as notes, take|assign|mine|note|due, reminders
    return client, adapter, tree


def serve_discord(args: argparse.Namespace, config: AppConfig) -> int:
    token = os.environ.get("DISCORD_TOKEN")
    if not token:
        raise ClaimCheckError("DISCORD_TOKEN is not set; see README, 'Run it on Discord'.")
    use_api_url(os.environ.get("DISCORD_API_URL"))
    app = create_app(config, database_url=args.database)
    client, adapter, _ = build_client(app)
    try:
        asyncio.run(_run_until_stopped(client, adapter, token))
    except KeyboardInterrupt:
        pass
    finally:
        app.close()
    return 0


async def _run_until_stopped(client: discord.Client, adapter: DiscordAdapter, token: str) -> None:
    """Run the client until SIGTERM or SIGINT; then send the pending message edits (for a bounded time)
    before closing, so the messages show what the store holds."""
    loop = asyncio.get_running_loop()

    async def stop() -> None:
        if not await adapter.editor.idle(timeout=FLUSH_SECONDS):
            log.warning("stopped with message edits still pending; they are made at the next start")
        await client.close()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, lambda: loop.create_task(stop()))
    async with client:
        await client.start(token)
