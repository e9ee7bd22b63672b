"""How many message edits a burst of reactions costs on each platform (a benchmark: it reports, asserts nothing).

    python bench/edits.py [--reactions 100] [--seconds 10] [--claims 5]

Posts the example article as a checklist through the real Bolt app against a fake Slack Web API, and
through the real discord.py client against a fake Discord API, then sends REACTIONS reaction events
spread evenly over SECONDS seconds, from three editors over the first CLAIMS claims (adding and
taking back ✅ ❌ 🔍). Prints, per platform: the edit calls received, the most edits of one message
in any one second, and whether every message ended on the state the store holds (the last state
shown). The target: at most one edit per message per second, the last state shown. Defaults are the
packaged ones (one edit per message per second; Slack edits within 45 a minute per workspace).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import discord  # noqa: E402

from bot.app import create_app  # noqa: E402
from bot.chat.discord.adapter import use_api_url  # noqa: E402
from bot.config import load_config  # noqa: E402
from tests.discord_payloads import GUILD  # noqa: E402
from tests.fakediscord import fake_discord  # noqa: E402
from tests.fakeslack import fake_slack  # noqa: E402
from tests.slack_payloads import event_envelope, message_event, reaction_event  # noqa: E402

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
EDITORS = [("UDANA", "501"), ("ULEE", "502"), ("UKIM", "503")]
EMOJI = [("white_check_mark", "✅"), ("x", "❌"), ("mag", "🔍")]


def plan(reactions: int, claims: int) -> list[tuple[int, int, int, bool]]:
    """(claim index, editor index, emoji index, added): each editor's reactions alternate add and remove."""
    standing: set[tuple[int, int, int]] = set()
    steps = []
    for i in range(reactions):
        key = (i % claims, (i // claims) % len(EDITORS), (i // (claims * len(EDITORS))) % len(EMOJI))
        added = key not in standing
        (standing.add if added else standing.discard)(key)
        steps.append((*key, added))
    return steps


def busiest_second(times: list[float]) -> int:
    """The most events in any window of one second."""
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] > 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def slack_run(reactions: int, seconds: float, claims: int, folder: Path) -> str:
    from bot.chat.slack.render import claim_message
    from tests.test_slack import Slack

    config = load_config(environ={})
    config = replace(config, slack=replace(config.slack, post_interval_seconds=0.0))
    app = create_app(config, database_url=f"sqlite:///{folder / 'slack.sqlite3'}")
    with fake_slack() as fake:
        slack = Slack(app, fake)
        slack.send(event_envelope(message_event(ARTICLE), "EvPost"))
        slack.settle()
        posted = app.store.posting.posted_messages("T1", 1)
        view = app.workflow.checklist("T1", 1)
        targets = [posted[c.id][1] for c in view.claims[:claims]]
        began = time.monotonic()
        for i, (claim, editor, emoji, added) in enumerate(plan(reactions, claims)):
            time.sleep(max(0.0, began + i * seconds / reactions - time.monotonic()))
            event = reaction_event(
                EMOJI[emoji][0], targets[claim], EDITORS[editor][0], added, event_ts=f"{time.time():.6f}"
            )
            slack.send(event_envelope(event, f"EvR{i}"))
        sent = time.monotonic() - began
        slack.settle()
        took = time.monotonic() - began
        with fake._lock:
            updates = [
                (params, when)
                for (method, params), (_, when) in zip(fake.calls, fake.times, strict=True)
                if method == "chat.update"
            ]
        view = app.workflow.checklist("T1", 1)
        slack.executor.shutdown(wait=True)
        getattr(slack.adapter, "editor", None) and slack.adapter.editor.stop()
    app.close()
    by_message: dict[str, list[float]] = defaultdict(list)
    last: dict[str, object] = {}
    for params, when in updates:
        by_message[str(params["ts"])].append(when)
        last[str(params["ts"])] = params["blocks"]
    shown = all(
        (json.loads(str(last[ts])) if isinstance(last.get(ts), str) else last.get(ts)) == claim_message(c, config)[1]
        for c, ts in zip(view.claims[:claims], targets, strict=True)
        if ts in last
    )
    worst = max((busiest_second(t) for t in by_message.values()), default=0)
    return (
        f"Slack: {reactions} reactions over {sent:.1f} s on {claims} claims -> {len(updates)} chat.update calls "
        f"({len(by_message)} messages), at most {worst} edit(s) of one message in any second, "
        f"last state shown: {'yes' if shown else 'NO'}; the last edit {took:.1f} s after the first reaction "
        f"(edits kept within {config.slack.edits_per_minute} a minute per workspace)"
    )


def discord_run(reactions: int, seconds: float, claims: int, folder: Path) -> str:
    from bot.chat.discord.render import claim_text
    from tests.test_discord import Bot, _checklist

    app = create_app(load_config(environ={}), database_url=f"sqlite:///{folder / 'discord.sqlite3'}")
    original = discord.http.Route.BASE

    async def scenario() -> str:
        with fake_discord() as fake:
            use_api_url(fake.url)
            bot = Bot(app, fake)
            await bot.start()
            messages = (await _checklist(bot))[:claims]
            loop = asyncio.get_running_loop()
            began = loop.time()
            patches_before = len(fake.calls)
            for i, (claim, editor, emoji, added) in enumerate(plan(reactions, claims)):
                await asyncio.sleep(max(0.0, began + i * seconds / reactions - loop.time()))
                bot.react(EMOJI[emoji][1], messages[claim][1], messages[claim][0], EDITORS[editor][1], added)
            sent = loop.time() - began
            await bot.settle(0, reactions)
            took = loop.time() - began
            view = app.workflow.checklist(GUILD, 1)
            await bot.client.close()
            calls = list(zip(fake.calls, fake.times, strict=True))[patches_before:]
            edits = [(path, payload, when) for (method, path, payload), when in calls if method == "PATCH"]
        by_message: dict[str, list[float]] = defaultdict(list)
        last: dict[str, str] = {}
        for path, payload, when in edits:
            message = path.rsplit("/", 1)[-1]
            by_message[message].append(when)
            last[message] = payload.get("content", "")
        shown = all(
            last.get(message) == claim_text(c, {})
            for c, (_, message) in zip(view.claims[:claims], messages, strict=True)
            if message in last
        )
        worst = max((busiest_second(t) for t in by_message.values()), default=0)
        return (
            f"Discord: {reactions} reactions over {sent:.1f} s on {claims} claims -> {len(edits)} message edits "
            f"({len(by_message)} messages), at most {worst} edit(s) of one message in any second, "
            f"last state shown: {'yes' if shown else 'NO'}; the last edit {took:.1f} s after the first reaction"
        )

    try:
        return asyncio.run(scenario())
    finally:
        discord.http.Route.BASE = original
        app.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reactions", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--claims", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    print(slack_run(args.reactions, args.seconds, args.claims, folder))
    print(discord_run(args.reactions, args.seconds, args.claims, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
