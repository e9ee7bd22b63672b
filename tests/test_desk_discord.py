"""The desk through the real discord.py client, command tree and gateway parsers, against the fake
Discord API: 🙋 takes a claim, replies to a claim are notes, take/assign/mine/note/due, sign-off,
the bad-number hint, hostile notes inert, and the deadline's reminder sent once in the thread."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.app import App, create_app
from bot.chat.discord.adapter import build_client, use_api_url
from bot.config import load_config
from tests.discord_payloads import CHANNEL, GUILD, _interaction, member, reaction, slash, snowflake
from tests.fakediscord import FakeDiscord, fake_discord, message_object, user_object

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
DANA, LEE = "501", "502"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def fake() -> Iterator[FakeDiscord]:
    original = discord.http.Route.BASE
    with fake_discord() as server:
        use_api_url(server.url)
        yield server
    discord.http.Route.BASE = original


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    config = load_config(environ={})
    config = replace(
        config,
        discord=replace(config.discord, edit_interval_seconds=0.05),
        workflow=replace(config.workflow, sign_off=2, remind_before_minutes=30),
    )
    built = create_app(config, database_url=f"sqlite:///{tmp_path / 'desk-discord.sqlite3'}")
    built.workflow.clock = Clock()
    yield built
    built.close()


async def until(check: Any, timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out waiting")


def command(sub: str, options: list[dict[str, Any]], user: str = DANA, name: str = "dana") -> dict[str, Any]:
    data = {
        "id": snowflake(),
        "name": "factcheck",
        "type": 1,
        "options": [{"name": sub, "type": 1, "options": options}],
    }
    return _interaction(data, user, name, GUILD, CHANNEL)


def number(value: int) -> dict[str, Any]:
    return {"name": "number", "type": 4, "value": value}


class Bot:
    def __init__(self, app: App, fake: FakeDiscord) -> None:
        self.app = app
        self.fake = fake
        self.client, self.adapter, self.tree = build_client(app)

    async def start(self) -> list[tuple[str, str]]:
        await self.client.login("fake-token")
        self.client._connection.application_id = int("900000000000000001")
        self.client._connection.parse_interaction_create(slash("check", {"source": ARTICLE}))
        latest = self.app.store.checklists.latest_checklist
        await until(lambda: (c := latest(GUILD, CHANNEL)) is not None and c.posted_at is not None)
        posted = self.app.store.posting.posted_messages(GUILD, 1)
        return [posted[c.id] for c in self.app.workflow.checklist(GUILD, 1).claims]

    def react(self, emoji: str, message: tuple[str, str], user: str, added: bool = True) -> None:
        data = reaction(emoji, message[1], message[0], user, name="dana" if user == DANA else "lee")
        state = self.client._connection
        (state.parse_message_reaction_add if added else state.parse_message_reaction_remove)(data)

    def reply(self, text: str, to: tuple[str, str], user: str) -> str:
        message_id = snowflake()
        data = message_object(message_id, to[0], text, user_object(user, "someone"), "2026-11-26T09:00:00+00:00")
        data["guild_id"] = GUILD
        data["member"] = {k: v for k, v in member(user, "someone").items() if k != "user"}
        data["message_reference"] = {"type": 0, "message_id": to[1], "channel_id": to[0], "guild_id": GUILD}
        self.client._connection.parse_message_create(data)
        return message_id

    def interact(self, payload: dict[str, Any]) -> None:
        self.client._connection.parse_interaction_create(payload)

    def shown(self, message: tuple[str, str]) -> str:
        edits = self.fake.made("PATCH", rf"/channels/\d+/messages/{message[1]}")
        return str(edits[-1]["content"]) if edits else ""

    def followups(self) -> list[str]:
        return [str(f.get("content", "")) for f in self.fake.made("POST", r"/webhooks/\d+/[^/]+")]

    async def shows(self, message: tuple[str, str], text: str) -> None:
        await until(lambda: text in self.shown(message))


def test_the_parent_follows_the_newsrooms_check_first_count_and_time_zone(tmp_path: Path, fake: FakeDiscord) -> None:
    """Before: the Discord parent always named three claims and gave the deadline in UTC, whatever was set."""
    config = load_config(environ={})
    workflow = replace(config.workflow, check_first=1, timezone="Asia/Tokyo", default_due=((CHANNEL, "17:00"),))
    app = create_app(replace(config, workflow=workflow), database_url=f"sqlite:///{tmp_path / 'tz.sqlite3'}")

    async def scenario() -> str:
        await Bot(app, fake).start()
        return str(fake.made("POST", r"/channels/\d+/messages")[0]["content"])

    try:
        parent = asyncio.run(scenario())
    finally:
        app.close()
    desk = next(line for line in parent.splitlines() if "check first" in line)
    assert re.search(r"check first: \d+ · due 17:00 JST", desk), desk


def test_two_editors_take_reply_verify_sign_off_and_reassign(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        claims = await bot.start()
        parent = fake.made("POST", r"/channels/\d+/messages")[0]["content"]
        casualties = next(c.number for c in app.workflow.checklist(GUILD, 1).claims if "23 civilians" in c.text)
        assert f"check first: {casualties}" in parent  # the casualty count first
        bot.react("🙋", claims[3], DANA)
        await bot.shows(claims[3], "checking: <@501>")
        bot.reply("Conflict Watch's map https://example.org/cw says 60%", claims[3], DANA)
        await bot.shows(claims[3], "1 note · 1 source")
        bot.react("✅", claims[3], DANA)
        await bot.shows(claims[3], "verified by <@501>, awaiting sign-off")
        bot.react("✔️", claims[3], DANA)  # the same editor: no sign-off
        bot.react("✅", claims[3], LEE)
        await bot.shows(claims[3], "verified by <@501>, signed off by <@502>")
        bot.react("🙋", claims[1], DANA)
        await bot.shows(claims[1], "checking: <@501>")
        bot.react("🙋", claims[1], DANA, added=False)
        await until(lambda: "checking:" not in bot.shown(claims[1]) and "unchecked" in bot.shown(claims[1]))
        assign = command("assign", [number(2), {"name": "person", "type": 6, "value": LEE}])
        assign["data"]["resolved"] = {"users": {LEE: user_object(LEE, "lee")}}
        bot.interact(assign)
        await bot.shows(claims[1], "checking: <@502>")
        bot.interact(command("mine", [], user=LEE, name="lee"))
        await until(lambda: any("claim 2" in f and "discord.com/channels" in f for f in bot.followups()))
        assert app.workflow.checklist(GUILD, 1).done == 1
        await bot.client.close()

    asyncio.run(scenario())


def test_a_missing_number_gets_a_hint_and_hostile_notes_stay_inert(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        claims = await bot.start()
        bot.interact(command("note", [number(99), {"name": "text", "type": 3, "value": "where is this from"}]))
        await until(lambda: any("has no claim 99" in f for f in bot.followups()))
        bot.reply("@everyone <@&1> **bold** [x](https://evil.example) `code`", claims[4], LEE)
        await bot.shows(claims[4], "1 note · 1 source")
        assert "@everyone" not in bot.shown(claims[4])
        assert all(
            p.get("allowed_mentions") == {"parse": []} for p in fake.made("PATCH", r"/channels/\d+/messages/\d+")
        )
        note = app.workflow.checklist(GUILD, 1).claims[4].notes[0]
        assert note.who == LEE and "@everyone" in note.text  # kept as written, shown inert
        await bot.client.close()

    asyncio.run(scenario())


def test_a_deadline_reminds_the_thread_once(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        claims = await bot.start()
        bot.interact(command("due", [{"name": "when", "type": 3, "value": "1h"}]))
        await until(lambda: any("is due at" in f for f in bot.followups()))
        bot.react("🙋", claims[4], LEE)
        await bot.shows(claims[4], "checking: <@502>")
        desk = bot.adapter.desk  # type: ignore[attr-defined]
        clock = app.workflow.clock
        assert isinstance(clock, Clock)
        assert await desk.send_reminders() == 0
        clock.now += timedelta(minutes=30)
        assert await desk.send_reminders() == 1
        assert await desk.send_reminders() == 0
        nudges = [p for p in fake.made("POST", r"/channels/\d+/messages") if str(p.get("content", "")).startswith("⏰")]
        assert len(nudges) == 1 and "<@502>: 5" in nudges[0]["content"] and "nobody took" in nudges[0]["content"]
        await bot.client.close()

    asyncio.run(scenario())
