"""One workflow, two adapters: the same editors' reactions through Slack and through Discord give
the same statuses and the same report counts."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import discord

from bot.app import create_app
from bot.chat.discord.adapter import use_api_url
from bot.config import load_config
from bot.core import reports
from tests.discord_payloads import CHANNEL, GUILD
from tests.fakediscord import fake_discord
from tests.fakeslack import fake_slack
from tests.slack_payloads import event_envelope, message_event, reaction_event
from tests.test_discord import ARTICLE, Bot, _checklist
from tests.test_slack import Slack

# (claim number, editor, emoji name on Slack, the same emoji on Discord, added)
SCENARIO = [
    (4, "dana", "white_check_mark", "✅", True),
    (5, "lee", "x", "❌", True),
    (6, "lee", "mag", "🔍", True),
    (5, "dana", "white_check_mark", "✅", True),
    (9, "dana", "warning", "⚠️", True),
    (9, "dana", "warning", "⚠️", False),
    (11, "lee", "no_entry_sign", "🚫", True),
    (10, "lee", "question", "❓", True),
]
USERS = {"dana": ("UDANA", "501"), "lee": ("ULEE", "502")}


def slack_counts(tmp_path: Path) -> tuple[dict[str, int], list[str]]:
    config = load_config(environ={})
    config = replace(config, slack=replace(config.slack, post_interval_seconds=0.0))
    app = create_app(config, database_url=f"sqlite:///{tmp_path / 'slack.sqlite3'}")
    with fake_slack() as fake:
        slack = Slack(app, fake)
        slack.send(event_envelope(message_event(ARTICLE), "Ev1"))
        slack.settle()
        posted = app.store.posting.posted_messages("T1", 1)
        claims = app.workflow.checklist("T1", 1).claims
        for i, (number, who, name, _, added) in enumerate(SCENARIO):
            ts = posted[claims[number - 1].id][1]
            slack.send(
                event_envelope(
                    reaction_event(name, ts, USERS[who][0], added=added, event_ts=f"1700000100.{i:06d}"), f"EvR{i}"
                )
            )
            slack.settle()
        view = app.workflow.checklist("T1", 1)
        slack.executor.shutdown(wait=True)
    app.close()
    return reports.build_report(view).counts, [c.status for c in view.claims]


def discord_counts(tmp_path: Path) -> tuple[dict[str, int], list[str]]:
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{tmp_path / 'discord.sqlite3'}")
    original = discord.http.Route.BASE

    async def scenario() -> tuple[dict[str, int], list[str]]:
        with fake_discord() as fake:
            use_api_url(fake.url)
            bot = Bot(app, fake)
            await bot.start()
            messages = await _checklist(bot)
            for number, who, _, emoji, added in SCENARIO:
                before = len(
                    app.store.reactions.status_events_for(
                        GUILD, [c.id for c in app.workflow.checklist(GUILD, 1).claims]
                    )
                )
                bot.react(emoji, messages[number - 1][1], messages[number - 1][0], USERS[who][1], added)
                for _ in range(200):  # reactions are handled in order, as Discord delivers them
                    events = app.store.reactions.status_events_for(
                        GUILD, [c.id for c in app.workflow.checklist(GUILD, 1).claims]
                    )
                    if len(events) > before:
                        break
                    await asyncio.sleep(0.02)
            view = app.workflow.checklist(GUILD, 1)
            await bot.client.close()
        return reports.build_report(view).counts, [c.status for c in view.claims]

    try:
        return asyncio.run(scenario())
    finally:
        discord.http.Route.BASE = original
        app.close()


def test_slack_and_discord_agree(tmp_path: Path) -> None:
    slack = slack_counts(tmp_path)
    on_discord = discord_counts(tmp_path)
    assert slack == on_discord
    counts, statuses = slack
    assert counts["conflict"] == 1 and counts["verified"] == 1 and counts["not_a_claim"] == 1
    assert statuses[8] == "unchecked" and CHANNEL
