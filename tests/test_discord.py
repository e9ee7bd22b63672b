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
from bot.core.service import Place
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


def test_a_reaction_taken_back_at_once_stays_taken_back_however_slow_the_first_was(
    app: App, fake: FakeDiscord
) -> None:
    """Before: the reaction's time was read after a wait in a worker thread, so an add that waited longer
    than the removal right behind it was stored after it, and the ❌ stood."""

    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        channel, message = (await _checklist(bot))[4]
        learn, waits = bot.adapter.learn, [0.5, 0.0]

        async def slow_first(workspace: str, user: Any) -> None:
            await asyncio.sleep(waits.pop(0) if waits else 0.0)
            await learn(workspace, user)

        bot.adapter.learn = slow_first  # type: ignore[method-assign]
        bot.react("❌", message, channel, "502")
        bot.react("❌", message, channel, "502", added=False)
        await bot.settle(0, 2)
        assert app.workflow.checklist(GUILD, 1).claims[4].status == "unchecked"
        await bot.client.close()

    asyncio.run(scenario())


def test_a_take_with_a_skin_tone_takes_the_claim(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        channel, message = (await _checklist(bot))[2]
        bot.react("🙋🏽", message, channel, "501")
        await until(lambda: app.workflow.checklist(GUILD, 1).claims[2].assignees == ("501",))
        await bot.client.close()

    asyncio.run(scenario())


def test_a_restart_edits_the_messages_whose_status_changed_while_edits_were_pending(
    app: App, fake: FakeDiscord
) -> None:
    """Before: a process stopped with edits pending left messages showing an older state, restart or not."""

    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        channel, message = (await _checklist(bot))[2]
        # the status a dead process recorded but never showed: the store has it, the message does not
        app.workflow.react(who="502", emoji="❌", place=Place("discord", GUILD, channel), message_id=message, added=True)
        assert bot.edits(message) == []
        assert await bot.adapter.repair_edits() == 1
        assert await bot.adapter.editor.idle(timeout=60)
        assert "false by <@502>" in bot.edits(message)[-1]["content"]
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


# -- issue 14: Discord as a desk lives in it --------------------------------------------------------

LONG = "\n\n".join(
    f"Officials in district {n} said {n + 3} people were killed and {n * 2 + 5} injured in shelling on Monday."
    for n in range(1, 41)
)


def test_a_channel_without_thread_permission_tells_the_person_and_leaves_no_parent(
    app: App, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        fake.forbid(r"POST /channels/\d+/messages/\d+/threads")
        bot.interact(slash("check", {"source": ARTICLE}))
        await until(lambda: any("Create Public Threads" in f.get("content", "") for f in bot.followups()))
        told = [f for f in bot.followups() if "Create Public Threads" in f.get("content", "")]
        assert len(told) == 1 and told[0]["flags"] & 64  # ephemeral: for the person who asked
        assert fake.made("DELETE", r"/channels/\d+/messages/\d+")  # no parent without its thread
        assert app.store.posting.refusal(GUILD, 1) is not None
        assert await bot.adapter.resume_unposted() == 0  # not retried forever
        await bot.client.close()

    asyncio.run(scenario())
    assert "Traceback" not in caplog.text


def test_a_burst_of_reactions_leaves_every_message_showing_the_last_state(tmp_path: Path, fake: FakeDiscord) -> None:
    interval = 0.5
    app = create_app(fast_config(interval), database_url=f"sqlite:///{tmp_path / 'burst.sqlite3'}")

    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        messages = await _checklist(bot)
        fake.retry_after = 0.3
        fake.limit(r"PATCH /channels/\d+/messages/\d+", times=3)  # the channel's rate limit bites mid-burst
        started = asyncio.get_running_loop().time()
        burst = [("❌", "502", True), ("✅", "501", True), ("❌", "502", False)] * 6
        for emoji, user, added in burst:  # a conflict, then the second editor takes their ❌ back
            bot.react(emoji, messages[0][1], messages[0][0], user, added)
        for number in range(1, 8):
            bot.react("✅", messages[number][1], messages[number][0], "501")
        await bot.settle(0, len(burst) + 7)
        elapsed = asyncio.get_running_loop().time() - started
        view = app.workflow.checklist(GUILD, 1)
        parent = app.store.posting.posted_messages(GUILD, 1)[None][1]
        assert view.claims[0].status == "verified" and view.done == 8
        shown = bot.edits(messages[0][1])[-1]["content"]
        assert "Status: verified by <@501>" in shown and "conflict" not in shown
        assert "8/" in bot.edits(parent)[-1]["content"]  # the parent's progress is the report's
        for message in [messages[0][1], parent]:
            assert len(bot.edits(message)) <= elapsed / interval + 2  # one edit per message per interval
        await bot.client.close()

    try:
        asyncio.run(scenario())
    finally:
        app.close()


def test_check_in_a_direct_message_answers_in_one_sentence(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        bot.interact(slash("check", {"source": ARTICLE}, guild="", channel="300000000000000001"))
        callbacks = lambda: fake.made("POST", r"/interactions/\d+/[^/]+/callback")  # noqa: E731
        await until(lambda: any("server" in json.dumps(c) for c in callbacks()))
        answer = callbacks()[-1]["data"]
        assert "use /factcheck in a channel of your server" in answer["content"] and answer["flags"] & 64
        assert bot.channel_posts() == [] and app.store.checklists.latest_checklist("dm") is None
        await bot.client.close()

    asyncio.run(scenario())


def test_a_half_posted_checklist_is_resumed_when_the_bot_comes_back(app: App, fake: FakeDiscord) -> None:
    from bot.chat.discord.sender import DiscordSender
    from bot.core.posting import post_checklist
    from bot.core.service import Place

    async def scenario() -> None:
        first = Bot(app, fake)
        await first.start()

        class DiesAfterThree(DiscordSender):
            def send_claim(self, checklist, claim, parent):  # type: ignore[no-untyped-def]
                if claim.number == 4:
                    raise SystemExit("the process died")
                return super().send_claim(checklist, claim, parent)

        checklist = app.workflow.submit(ARTICLE, "501", Place("discord", GUILD, CHANNEL), request_key="k1")
        sender = DiesAfterThree(first.client, asyncio.get_running_loop())
        with pytest.raises(SystemExit):
            await asyncio.to_thread(post_checklist, app.workflow, checklist, sender, "dead", 0)
        await first.client.close()
        assert len(app.store.posting.posted_messages(GUILD, checklist.id)) == 4  # the parent and 3 claims

        second = Bot(app, fake)  # the restart
        await second.start()
        second.client.dispatch("ready")
        await until(lambda: app.store.checklists.checklist(GUILD, checklist.id).posted_at is not None)  # type: ignore[union-attr]
        claims = [p["content"] for p in second.channel_posts() if p["content"].startswith("**")]
        numbers = [c.split("**")[1] for c in claims if not c.startswith("**Fact-check")]
        assert numbers == [f"{n}." for n in range(1, len(checklist.claims) + 1)]  # each claim once
        await until(lambda: bool(fake.synced))
        await second.client.close()

    asyncio.run(scenario())


def test_commands_are_offered_in_servers_only_and_the_export_format_is_described(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        bot.client.dispatch("ready")
        await until(lambda: bool(fake.synced))
        await bot.client.close()

    asyncio.run(scenario())
    group = next(c for c in fake.synced if c["name"] == "factcheck")
    assert group.get("contexts") == [0] or group.get("dm_permission") is False
    export = next(o for o in group["options"] if o["name"] == "export")
    described = export["options"][0]
    assert described["name"] == "format" and described["description"] not in {"…", ""}
    assert {c["value"] for c in described["choices"]} >= {"csv", "md", "json", "html", "claimreview"}
    # every option of every subcommand says what it wants (before: assign, note and due showed "…")
    options = [o for sub in group["options"] for o in sub.get("options", [])]
    assert options and all(o["description"] not in {"…", ""} for o in options), options


def test_the_report_names_people_links_claims_fits_and_follows_the_thread(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> str:
        bot = Bot(app, fake)
        await bot.start()
        messages = await _checklist(bot, LONG)
        bot.interact(slash("list", user="502", name="Lee Park"))  # Discord names the member in each interaction
        await until(lambda: len(bot.followups()) >= 2)
        bot.react("❌", messages[2][1], messages[2][0], "502", name="Lee Park")
        await bot.settle(0, 1)
        thread = messages[0][0]
        await _checklist(bot, ARTICLE)  # a newer checklist in the same channel
        bot.interact(slash("report", channel=thread))  # asked inside the first checklist's thread
        await until(lambda: any("Fact-check report" in f.get("content", "") for f in bot.followups()))
        await bot.client.close()
        return next(f["content"] for f in bot.followups() if "Fact-check report" in f.get("content", ""))

    report = asyncio.run(scenario())
    assert "(checklist #1)" in report and len(report) <= 2000
    assert "false by Lee Park" in report and "502" not in report.replace("https://", "")
    assert "more: `/factcheck export csv` lists every claim" in report
    assert f"](<https://discord.com/channels/{GUILD}/" in report
    assert "UTC" in report


def test_fact_checking_one_message_twice_points_to_its_checklist(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        pasted = "Shelling hits the port city\n" + ARTICLE.split("\n", 1)[1]
        bot.interact(context_menu(pasted, target="555000000000000001"))
        await until(lambda: (c := app.store.checklists.latest_checklist(GUILD)) is not None and c.posted_at is not None)
        bot.interact(context_menu(pasted, target="555000000000000001"))
        await until(lambda: any("already has a checklist" in f.get("content", "") for f in bot.followups()))
        assert len([p for p in bot.channel_posts() if "Fact-check checklist" in p["content"]]) == 1
        parent = next(p["content"] for p in bot.channel_posts() if "Fact-check checklist" in p["content"])
        assert "Submitted by <@501>" in parent and f"/{CHANNEL}/555000000000000001" in parent
        await bot.client.close()

    asyncio.run(scenario())


def test_without_thread_permissions_the_person_is_told_before_anything_is_posted(app: App, fake: FakeDiscord) -> None:
    async def scenario() -> None:
        bot = Bot(app, fake)
        await bot.start()
        allowed = discord.Permissions(view_channel=True, send_messages=True, read_message_history=True)
        bot.interact(slash("check", {"source": ARTICLE}, permissions=allowed.value))
        await until(lambda: any("Create Public Threads" in f.get("content", "") for f in bot.followups()))
        assert bot.channel_posts() == [] and app.store.checklists.latest_checklist(GUILD) is None
        await bot.client.close()

    asyncio.run(scenario())
