"""Scenario tests: the real discord.py client, command tree and gateway parsers, driven by Discord's
payload shapes, with REST calls going to a fake Discord API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.app import App, create_app
from bot.chat.discord.adapter import build_client, use_api_url
from bot.config import AppConfig, load_config
from tests.discord_payloads import CHANNEL, GUILD, context_menu, reaction, slash
from tests.fakediscord import APP_ID, FakeDiscord, fake_discord
from tests.helpers import example_claim_count

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture
def fake() -> Iterator[FakeDiscord]:
    original = discord.http.Route.BASE
    with fake_discord() as server:
        use_api_url(server.url)
        yield server
    discord.http.Route.BASE = original


def fast_config(edit_interval: float = 0.05) -> AppConfig:
    """Edits coalesce over a short interval, so that tests need not wait."""
    config = load_config(environ={})
    return replace(config, discord=replace(config.discord, edit_interval_seconds=edit_interval))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    built = create_app(fast_config(), database_url=f"sqlite:///{tmp_path / 'discord.sqlite3'}")
    yield built
    built.close()


async def until(check: Any, timeout: float = 20.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out waiting")


class Bot:
    """A logged-in client (no gateway connection) whose parsers are fed gateway payloads."""

    def __init__(self, app: App, fake: FakeDiscord) -> None:
        self.app = app
        self.fake = fake
        self.client, self.adapter, self.tree = build_client(app)

    async def start(self) -> None:
        await self.client.login("fake-token")
        self.client._connection.application_id = int(APP_ID)

    def interact(self, payload: dict[str, Any]) -> None:
        self.client._connection.parse_interaction_create(payload)

    def react(
        self, emoji: str, message_id: str, channel_id: str, user: str, added: bool = True, name: str | None = None
    ) -> None:
        data = reaction(emoji, message_id, channel_id, user, name=name)
        parse = (
            self.client._connection.parse_message_reaction_add
            if added
            else self.client._connection.parse_message_reaction_remove
        )
        parse(data)

    def channel_posts(self) -> list[dict[str, Any]]:
        return self.fake.made("POST", r"/channels/\d+/messages")

    def followups(self) -> list[dict[str, Any]]:
        return self.fake.made("POST", r"/webhooks/\d+/[^/]+")

    def edits(self, message_id: str) -> list[dict[str, Any]]:
        return self.fake.made("PATCH", rf"/channels/\d+/messages/{message_id}")

    async def settle(self, events_before: int, events: int) -> None:
        """Wait until `events` more status events are stored, then until the editor has caught up."""
        await until(lambda: self._events() >= events_before + events)
        assert await self.adapter.editor.idle(timeout=60)

    def _events(self) -> int:
        with self.app.store.database.read() as db:
            return int(db.exec_driver_sql("SELECT count(*) FROM status_events").scalar() or 0)


async def _checklist(bot: Bot, text: str = ARTICLE) -> list[tuple[str, str]]:
    """Run /factcheck check and return (channel, message id) of each claim message."""
    bot.interact(slash("check", {"source": text}))
    claims = bot.app.store.checklists.latest_checklist
    await until(lambda: claims(GUILD, CHANNEL) is not None and claims(GUILD, CHANNEL).posted_at is not None)
    checklist = claims(GUILD, CHANNEL)
    assert checklist is not None
    posted = bot.app.store.posting.posted_messages(GUILD, checklist.id)
    return [posted[c.id] for c in bot.app.workflow.checklist(GUILD, checklist.id).claims]


def test_check_posts_the_checklist_in_a_thread_without_pinging_anyone(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        hostile = ARTICLE.replace("Some residents say", "@everyone Some residents say")
        messages = await _checklist(bot, hostile)
        posts = bot.channel_posts()
        assert len(posts) == len(messages) + 1
        assert fake.made("POST", r"/channels/\d+/messages/\d+/threads")
        assert {channel for channel, _ in messages} != {CHANNEL}  # claims live in the thread
        assert all(p["allowed_mentions"] == {"parse": []} for p in posts)
        assert all(len(p["content"]) <= 2000 for p in posts)
        assert any("23 civilians were killed" in p["content"] for p in posts)
        assert fake.made("POST", r"/interactions/\d+/[^/]+/callback")  # deferred at once
        await bot.client.close()

    asyncio.run(scenario())


def test_reactions_set_statuses_edit_messages_and_the_report_counts(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        messages = await _checklist(bot)
        bot.react("✅", messages[3][1], messages[3][0], "501")
        bot.react("❌", messages[4][1], messages[4][0], "502")
        bot.react("🔍", messages[5][1], messages[5][0], "502")
        bot.react("🍕", messages[6][1], messages[6][0], "502")
        bot.react("⚠️", messages[7][1], messages[7][0], "900000000000000001")  # the bot itself
        await bot.settle(0, 3)
        assert "verified by <@501>" in bot.edits(messages[3][1])[-1]["content"]
        assert "false by <@502>" in bot.edits(messages[4][1])[-1]["content"]
        assert bot.edits(messages[7][1]) == [] and bot.edits(messages[6][1]) == []
        bot.interact(slash("report"))
        await until(lambda: any("Fact-check report" in f.get("content", "") for f in bot.followups()))
        report = [f["content"] for f in bot.followups() if "Fact-check report" in f.get("content", "")][0]
        assert "verified 1" in report and "false 1" in report and "checking 1" in report and "disputed" not in report
        await bot.client.close()

    asyncio.run(scenario())


def test_context_menu_help_list_and_export(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        bot.interact(context_menu(ARTICLE))
        await until(
            lambda: (c := app.store.checklists.latest_checklist(GUILD, CHANNEL)) is not None and c.posted_at is not None
        )
        bot.interact(slash("list"))
        bot.interact(slash("export", {"format": "csv"}))
        await until(lambda: bool(fake.files))
        assert fake.files[0].startswith(b"number,status,type,claim")
        await until(lambda: any("#1" in f.get("content", "") for f in bot.followups()))
        bot.interact(slash("help"))
        await until(
            lambda: any(
                json.dumps(c).find("/factcheck check") >= 0
                for c in fake.made("POST", r"/interactions/\d+/[^/]+/callback")
            )
        )
        await bot.client.close()

    asyncio.run(scenario())


def test_a_429_while_posting_loses_nothing(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        fake.limit(r"POST /channels/\d+/messages", times=2)
        messages = await _checklist(bot)
        assert len(messages) == len(set(messages)) == example_claim_count()
        await bot.client.close()

    asyncio.run(scenario())


def test_guilds_never_see_each_other(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        messages = await _checklist(bot)
        data = reaction("❌", messages[0][1], messages[0][0], "666", guild="200000000000000002")
        bot.client._connection.parse_message_reaction_add(data)
        await asyncio.sleep(0.5)
        assert app.workflow.checklist(GUILD, 1).claims[0].status == "unchecked"
        await bot.client.close()

    asyncio.run(scenario())


def test_the_example_articles_must_claims_are_posted(app: App, fake: FakeDiscord, shared: Path) -> None:
    import yaml
    from rapidfuzz import fuzz

    text = (shared / "seed" / "aleppo.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((shared / "seed" / "aleppo.gold.yaml").read_text(encoding="utf-8"))

    async def scenario() -> str:
        bot = Bot(app, fake)
        await bot.start()
        await _checklist(bot, text)  # an option string holds up to 6,000 characters; this one is 5,239
        await bot.client.close()
        return " ".join(p["content"] for p in bot.channel_posts()).replace("\\", "")

    posted = asyncio.run(scenario())
    for claim in gold["claims"]:
        if claim["must"]:
            assert fuzz.partial_ratio(claim["key"].lower(), posted.lower()) >= 90, claim["key"]
