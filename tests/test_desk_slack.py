"""The desk through the real Bolt app, driven by signed Slack payloads, against the fake Slack Web API:
two editors take, note, source, verify and sign off; release and re-assign; the bad-number hint;
hostile notes inert; the note modal; a deadline's reminders posted once in the thread."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt.request import BoltRequest

from bot.app import App, create_app
from bot.chat.slack.app import build_bolt_app
from bot.config import load_config
from tests.fakeslack import FakeSlack, fake_slack
from tests.slack_payloads import (
    SECRET,
    TOKEN,
    event_envelope,
    message_event,
    reaction_event,
    signed_headers,
    slash_command,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


class Slack:
    def __init__(self, app: App, fake: FakeSlack) -> None:
        self.app = app
        self.fake = fake
        self.executor = ThreadPoolExecutor(max_workers=4)
        self.bolt, self.adapter = build_bolt_app(
            app, token=TOKEN, signing_secret=SECRET, api_url=fake.url, executor=self.executor
        )
        self.events = 0

    def send(self, body: str, content_type: str = JSON) -> tuple[int, str]:
        response = self.bolt.dispatch(BoltRequest(body=body, headers=signed_headers(body, content_type)))
        return response.status, response.body

    def event(self, event: dict[str, Any]) -> None:
        self.events += 1
        assert self.send(event_envelope(event, f"EvDesk{self.events}"))[0] == 200

    def command(self, text: str, user: str) -> str:
        self.events += 1
        status, body = self.send(slash_command(text, user=user, trigger=f"trig-{self.events}"), FORM)
        assert status == 200
        try:
            return str(json.loads(body)["text"])
        except (ValueError, KeyError, TypeError):
            return body

    def settle(self) -> None:
        self.executor.shutdown(wait=True)
        self.executor = ThreadPoolExecutor(max_workers=4)
        self.bolt._listener_runner.listener_executor = self.executor
        assert self.adapter.editor.wait_idle(timeout=60)

    def claim_ts(self, number: int) -> str:
        checklist = self.app.workflow.checklist("T1", 1)
        claim = next(c for c in checklist.claims if c.number == number)
        return self.app.store.posting.posted_messages("T1", 1)[claim.id][1]

    def parent_ts(self) -> str:
        return self.app.store.posting.posted_messages("T1", 1)[None][1]

    def shown(self, number: int) -> str:
        """What claim `number`'s message shows now: its last edit (or its post)."""
        ts = self.claim_ts(number)
        edits = [u for u in self.fake.made("chat.update") if u.get("ts") == ts]
        return json.dumps(edits[-1]["blocks"], ensure_ascii=False) if edits else ""


@pytest.fixture
def slack(tmp_path: Path) -> Iterator[Slack]:
    config = load_config(environ={})
    config = replace(
        config,
        slack=replace(config.slack, post_interval_seconds=0.0, edit_interval_seconds=0.05),
        workflow=replace(config.workflow, sign_off=2, remind_before_minutes=30),
    )
    app = create_app(config, database_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    app.workflow.clock = Clock()
    with fake_slack() as fake:
        bot = Slack(app, fake)
        bot.event(message_event(ARTICLE))
        bot.settle()
        yield bot
        bot.executor.shutdown(wait=True)
        bot.adapter.editor.stop()
    app.close()


def thread_message(slack: Slack, text: str, user: str) -> None:
    event = message_event(text, user=user, ts=f"{time.time():.6f}")
    slack.event({**event, "thread_ts": slack.parent_ts()})


def react(slack: Slack, emoji: str, number: int, user: str, added: bool = True) -> None:
    slack.event(reaction_event(emoji, slack.claim_ts(number), user, added=added, event_ts=f"{time.time():.6f}"))


def test_two_editors_take_note_source_verify_and_sign_off(slack: Slack) -> None:
    parent = [p for p in slack.fake.made("chat.postMessage") if not p.get("thread_ts")][0]
    casualties = next(c.number for c in slack.app.workflow.checklist("T1", 1).claims if "23 civilians" in c.text)
    assert f"check first: {casualties}" in json.dumps(parent["blocks"])  # the casualty count first
    react(slack, "raising_hand", 4, "UDANA")
    slack.settle()
    assert "checking: <@UDANA>" in slack.shown(4)
    thread_message(slack, "4: source <https://example.org/conflict-watch|Conflict Watch map> says 60%", "UDANA")
    slack.settle()
    assert "1 note · 1 source" in slack.shown(4)
    react(slack, "white_check_mark", 4, "UDANA")
    slack.settle()
    assert "verified by <@UDANA>, awaiting sign-off" in slack.shown(4)
    react(slack, "heavy_check_mark", 4, "UDANA")  # her own second look does not count
    slack.settle()
    assert "awaiting sign-off" in slack.shown(4)
    react(slack, "white_check_mark", 4, "ULEE")
    slack.settle()
    assert "verified by <@UDANA>, signed off by <@ULEE>" in slack.shown(4)
    assert slack.app.workflow.checklist("T1", 1).done == 1

    assert "Exporting" in slack.command("export json", "ULEE")
    slack.settle()
    data = json.loads(slack.fake.uploads[-1])
    claim = data["claims"][3]
    assert claim["assignees"] == ["UDANA"] and claim["signed_off_by"] == ["ULEE"]
    assert claim["sources"][0]["url"] == "https://example.org/conflict-watch"
    assert claim["notes"][0]["who"] == "UDANA" and "says 60%" in claim["notes"][0]["text"]


def test_release_reassign_and_mine(slack: Slack) -> None:
    react(slack, "raising_hand", 2, "UDANA")
    slack.settle()
    assert "checking: <@UDANA>" in slack.shown(2)
    react(slack, "raising_hand", 2, "UDANA", added=False)  # taking the reaction away releases it
    slack.settle()
    assert "checking:" not in slack.shown(2) and "unchecked" in slack.shown(2)
    answer = slack.command("assign 2 <@ULEE|lee>", "UDANA")
    assert "Claim 2: checking: <@ULEE>" in answer
    slack.settle()
    assert "checking: <@ULEE>" in slack.shown(2)
    assert "Claim 6: checking: <@ULEE>" in slack.command("take 6", "ULEE")
    mine = slack.command("mine", "ULEE")
    assert "claim 2" in mine and "claim 6" in mine and "slack.com/archives/C1/p" in mine
    assert "no open claims" in slack.command("mine", "UKIM")
    assert "checking" not in slack.command("take 6", "ULEE").split("·")[0]  # again: released


def test_a_note_on_a_missing_claim_gets_a_hint_and_hostile_notes_stay_inert(slack: Slack) -> None:
    thread_message(slack, "#99 where does this come from?", "ULEE")
    slack.settle()
    hints = slack.fake.made("chat.postEphemeral")
    assert len(hints) == 1 and "has no claim 99" in str(hints[0]["text"]) and hints[0]["user"] == "ULEE"
    assert "no claim 99" in slack.command("note 99 nothing", "ULEE")
    thread_message(
        slack, "5: <!here> <@UBOSS> &lt;script&gt;alert(1)&lt;/script&gt; *bold* <https://evil.example|click>", "UMAL"
    )
    slack.settle()
    shown = slack.shown(5)
    assert "1 note · 1 source" in shown and "<!here>" not in shown and "<script>" not in shown
    thread_message(slack, "thanks, all", "UDANA")  # not numbered: no note, no hint
    slack.settle()
    assert len(slack.fake.made("chat.postEphemeral")) == 1
    assert "Exporting" in slack.command("export html", "UDANA")
    slack.settle()
    page = slack.fake.uploads[-1].decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_the_note_modal(slack: Slack) -> None:
    ts = slack.claim_ts(7)
    slack.fake.users["ULEE"] = {"id": "ULEE", "name": "lee", "profile": {"display_name": "Lee Park"}}
    shortcut = {
        "type": "message_action",
        "callback_id": "desk_add_note",
        "trigger_id": "trig-note",
        "team": {"id": "T1", "domain": "news"},
        "channel": {"id": "C1", "name": "factcheck"},
        "user": {"id": "ULEE", "name": "lee"},
        "message_ts": ts,
        "message": {"type": "message", "user": "UBOT", "text": "7. …", "ts": ts},
        "response_url": "https://hooks.slack.invalid/actions/1/2/3",
    }
    assert slack.send(urlencode({"payload": json.dumps(shortcut)}), FORM)[0] == 200
    slack.settle()
    [opened] = slack.fake.made("views.open")
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert view["callback_id"] == "desk_note" and "claim 7" in view["title"]["text"]
    values = {
        "note": {"note": {"type": "plain_text_input", "value": "The ministry said so on TV; no document."}},
        "sources": {"sources": {"type": "plain_text_input", "value": "https://example.org/tv https://example.org/b"}},
        "verdict": {"verdict": {"type": "static_select", "selected_option": {"value": "disputed"}}},
    }
    submission = {
        "type": "view_submission",
        "team": {"id": "T1", "domain": "news"},
        "user": {"id": "ULEE", "name": "lee"},
        "trigger_id": "trig-submit",
        "view": {**view, "id": "V1", "state": {"values": values}},
    }
    status, _ = slack.send(urlencode({"payload": json.dumps(submission)}), FORM)
    assert status == 200
    slack.settle()
    assert "checking:" not in slack.shown(7) and "1 note · 2 sources" in slack.shown(7)
    claim = slack.app.workflow.checklist("T1", 1).claims[6]
    assert claim.notes[0].who == "ULEE" and claim.notes[0].proposed == "disputed"
    # the proposed verdict is Lee's verdict, as a ⚠️ would be, awaiting a second editor's sign-off here
    # (before: the status stayed unchecked)
    assert claim.status == "awaiting_sign_off" and claim.proposed == "disputed"
    assert [e.via for e in claim.history] == ["note"] and "awaiting sign-off" in slack.shown(7)
    # someone who only used the form is named in reports as people see them (before: by their raw id)
    assert slack.app.store.people.names("T1", ["ULEE"]) == {"ULEE": "Lee Park"}
    assert slack.send(urlencode({"payload": json.dumps(submission)}), FORM)[0] == 200  # the form again
    slack.settle()
    assert len(slack.app.workflow.checklist("T1", 1).claims[6].history) == 1


def test_a_deadline_reminds_the_thread_once(slack: Slack) -> None:
    clock = slack.app.workflow.clock
    assert isinstance(clock, Clock)
    assert "is due at" in slack.command("due 2h", "UDANA")
    slack.settle()
    parent = slack.parent_ts()
    assert any("due " in json.dumps(u.get("blocks")) for u in slack.fake.made("chat.update") if u["ts"] == parent)
    react(slack, "raising_hand", 5, "ULEE")
    slack.settle()
    desk = slack.adapter.desk  # type: ignore[attr-defined]
    assert desk.send_reminders(slack.bolt.client) == 0
    clock.now += timedelta(minutes=90)
    assert desk.send_reminders(slack.bolt.client) == 1
    assert desk.send_reminders(slack.bolt.client) == 0
    clock.now += timedelta(minutes=30)
    assert desk.send_reminders(slack.bolt.client) == 1
    nudges = [p for p in slack.fake.made("chat.postMessage") if str(p.get("text", "")).startswith("⏰")]
    assert len(nudges) == 2 and all(n["thread_ts"] == parent for n in nudges)
    assert "<@ULEE>: 5" in str(nudges[0]["text"]) and "nobody took" in str(nudges[0]["text"])


def test_the_serve_process_takes_claims_and_sends_a_due_reminder_once(tmp_path: Path) -> None:
    """`claimcheck serve slack --http`: 🙋 through the HTTP front and the inbox, and the serve loop's
    reminder (a deadline 20 minutes away is within the default 30-minute lead: due at the next round)."""
    from tests.helpers import SlackWorker, example_claim_count

    with fake_slack() as fake:
        worker = SlackWorker(
            fake.url, f"sqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path, post_interval_seconds=0,
            resume_interval_seconds=1,
        )  # fmt: skip
        try:
            assert worker.send(event_envelope(message_event(ARTICLE), "EvS1"))[0] == 200
            fake.wait_for("chat.postMessage", 1 + example_claim_count())
            claim_ts = [str(p["ts"]) for p in fake.messages if p.get("thread_ts")]
            # the take is stored before the deadline is set: the serve loop may send the reminder at its
            # very next round, and a busy machine may be slower to handle the reaction than that
            assert worker.send(event_envelope(reaction_event("raising_hand", claim_ts[3], "UDANA"), "EvS2"))[0] == 200
            fake.wait_for("chat.update", 1)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(
                "checking: <@UDANA>" in json.dumps(u.get("blocks")) for u in fake.made("chat.update")
            ):
                time.sleep(0.05)
            assert any("checking: <@UDANA>" in json.dumps(u.get("blocks")) for u in fake.made("chat.update"))
            status, body = worker.send(slash_command("due 20m", trigger="trig-due"), FORM)
            assert status == 200 and "is due at" in body
            nudges = lambda: [p for p in fake.made("chat.postMessage") if str(p.get("text", "")).startswith("⏰")]  # noqa: E731
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not nudges():
                time.sleep(0.05)
            parent = next(str(m["ts"]) for m in fake.messages if not m.get("thread_ts"))
            assert len(nudges()) == 1 and nudges()[0]["thread_ts"] == parent
            assert "<@UDANA>: 4" in str(nudges()[0]["text"])
        finally:
            worker.stop()
        assert len([p for p in fake.made("chat.postMessage") if str(p.get("text", "")).startswith("⏰")]) == 1
