"""The posting lease fences: a poster overtaken while it waited stops before its next message, a
duplicate that slipped through is withdrawn, and a platform's permanent refusal ends posting."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, create_app
from bot.chat.slack.sender import Pacer, SlackSender, web_client
from bot.config import load_config
from bot.core.posting import PostingRefused, confirm_holding, post_checklist, wait_holding
from bot.core.service import ChecklistView, ClaimView, Place
from tests.fakeslack import fake_slack

PLACE = Place("slack", "T1", "C1")
ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
LEASE = 1.0  # seconds; every wait below derives from it


@pytest.fixture
def app(tmp_path: Path) -> Any:
    built = create_app(load_config(environ={}), database_url=f"sqlite:///{tmp_path / 'fence.sqlite3'}")
    yield built
    built.close()


class Chat:
    """One channel shared by every poster: messages carry their claim as a mark, can be deleted."""

    def __init__(self) -> None:
        self.messages: dict[str, int | None] = {}  # message id -> claim id (None: the parent)
        self.withdrawn: list[str] = []
        self._lock = threading.Lock()
        self._next = 0

    def post(self, claim_id: int | None) -> tuple[str, str]:
        with self._lock:
            self._next += 1
            self.messages[f"m{self._next}"] = claim_id
            return "C1", f"m{self._next}"

    def counts(self) -> Counter[int | None]:
        return Counter(self.messages.values())


class ChatSender:
    """A sender on `Chat`; `before_send(claim)` runs first (a wait, a pause, another worker)."""

    def __init__(self, chat: Chat, before_send: Any = None) -> None:
        self.chat = chat
        self.before_send = before_send
        self.sent: list[int | None] = []

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        return self._send(None)

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        if self.before_send:
            self.before_send(claim)
        return self._send(claim.id)

    def _send(self, claim_id: int | None) -> tuple[str, str]:
        self.sent.append(claim_id)
        return self.chat.post(claim_id)

    def recover(self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]) -> dict[Any, Any]:
        return {claim: ("C1", m) for m, claim in self.chat.messages.items()}

    def withdraw(self, where: tuple[str, str]) -> None:
        del self.chat.messages[where[1]]
        self.chat.withdrawn.append(where[1])


def exactly_once(chat: Chat, checklist: ChecklistView) -> None:
    assert chat.counts() == Counter({None: 1, **{c.id: 1 for c in checklist.claims}})


def other_worker(app: App, checklist: ChecklistView, chat: Chat) -> bool:
    """Another worker's whole posting call, in its own thread (as another process would be)."""
    result: list[bool] = []
    thread = threading.Thread(
        target=lambda: result.append(
            post_checklist(app.workflow, checklist, ChatSender(chat), poster="worker-b", lease_seconds=LEASE)
        )
    )
    thread.start()
    thread.join()
    return result[0]


def test_a_poster_paused_past_its_lease_stops_before_its_next_message(app: App) -> None:
    """SIGSTOP in a wait: the lease lapses, another worker takes over and finishes; the first one
    wakes up and posts nothing more."""
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    chat = Chat()
    taken_over: list[bool] = []

    def pause(claim: ClaimView) -> None:
        if claim.number == 3 and not taken_over:
            time.sleep(LEASE * 1.5)  # paused: no renewal, the lease lapses
            taken_over.append(other_worker(app, checklist, chat))
        confirm_holding()  # what a sender does after its pacer's wait

    first = ChatSender(chat, pause)
    assert post_checklist(app.workflow, checklist, first, poster="worker-a", lease_seconds=LEASE) is False
    assert taken_over == [True]
    exactly_once(chat, checklist)
    assert first.sent == [None, checklist.claims[0].id, checklist.claims[1].id]


def test_a_duplicate_sent_after_a_takeover_is_withdrawn(app: App) -> None:
    """Paused between its fence check and its send: the message goes out after the other worker
    posted the same claim; the store keeps the first recorded, the late one is deleted."""
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    chat = Chat()

    class LateSender(ChatSender):
        def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
            if claim.number == 2 and not self.sent.count(-1):
                self.sent.append(-1)
                with app.store.database.write() as db:  # the pause outlasted the lease
                    db.exec_driver_sql("UPDATE checklists SET lease_until = NULL")
                assert other_worker(app, checklist, chat)
            return self._send(claim.id)

    late = LateSender(chat)
    assert post_checklist(app.workflow, checklist, late, poster="worker-a", lease_seconds=LEASE) is False
    exactly_once(chat, checklist)
    assert len(chat.withdrawn) == 1
    recorded = app.store.posting.posted_messages("T1", checklist.id)
    assert {claim: m for m, claim in chat.messages.items()} == {k: v[1] for k, v in recorded.items()}


def test_a_long_platform_wait_keeps_the_lease(app: App) -> None:
    """A Retry-After longer than the lease, waited out with `wait_holding`: nobody takes the live
    poster's checklist over meanwhile, and everything is posted once."""
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    chat = Chat()
    attempts: list[bool] = []

    def rate_limited(claim: ClaimView) -> None:
        if claim.number == 2 and not attempts:
            assert wait_holding(LEASE * 2)
            attempts.append(other_worker(app, checklist, chat))

    assert post_checklist(app.workflow, checklist, ChatSender(chat, rate_limited), poster="a", lease_seconds=LEASE)
    assert attempts == [False]
    exactly_once(chat, checklist)


def test_a_permanent_refusal_ends_posting_and_is_kept(app: App) -> None:
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    sentence = "I am not in this channel: invite me with /invite @claimcheck, then try again."

    class Refused(ChatSender):
        def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
            raise PostingRefused(sentence)

    assert (("T1", checklist.id)) in app.store.posting.unposted_checklists()
    with pytest.raises(PostingRefused, match="invite me"):
        post_checklist(app.workflow, checklist, Refused(Chat()), poster="a", lease_seconds=LEASE)
    assert app.store.posting.refusal("T1", checklist.id) == sentence
    assert ("T1", checklist.id) not in app.store.posting.unposted_checklists()
    chat = Chat()
    assert post_checklist(app.workflow, checklist, ChatSender(chat), poster="resume-loop") is False
    assert not chat.messages
    other = app.workflow.submit(ARTICLE.replace("Vareno", "Kestra"), "dana", PLACE)
    assert app.store.posting.refusal("T1", other.id) is None


@pytest.mark.parametrize("code", ["not_in_channel", "channel_not_found", "is_archived", "missing_scope"])
def test_slack_refusals_raise_posting_refused(app: App, code: str) -> None:
    config = replace(app.config, slack=replace(app.config.slack, post_interval_seconds=0.0))
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    with fake_slack() as fake:
        fake.fail("chat.postMessage", 200, error=code)
        sender = SlackSender(web_client("xoxb-test", fake.url), replace(app, config=config), Pacer(0), "C1")
        with pytest.raises(PostingRefused) as refused:
            post_checklist(app.workflow, checklist, sender, poster="a", lease_seconds=LEASE)
        assert str(refused.value).endswith(".") and "\n" not in str(refused.value)
        assert app.store.posting.refusal("T1", checklist.id) == str(refused.value)
        assert app.store.posting.unposted_checklists() == []
        assert fake.messages == []


def test_a_slack_429_longer_than_the_lease_posts_once(app: App) -> None:
    """Retry-After of twice the lease on the real Slack sender: the wait keeps the lease; one message each."""
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    with fake_slack() as fake:
        fake.fail("chat.postMessage", 429, times=1, headers={"Retry-After": str(int(LEASE * 2))})
        sender = SlackSender(web_client("xoxb-test", fake.url), app, Pacer(0), "C1")
        assert post_checklist(app.workflow, checklist, sender, poster="a", lease_seconds=LEASE)
        claims = Counter(m["metadata"]["event_payload"].get("claim") for m in fake.messages)
        assert claims == Counter({None: 1, **{c.id: 1 for c in checklist.claims}})


def test_a_post_whose_answer_is_lost_is_looked_up_not_resent(app: App) -> None:
    """The connection drops after Slack took a claim: no blind resend; the next poster finds that
    message by its metadata and records it. Every claim once."""
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    with fake_slack() as fake:
        sender = SlackSender(web_client("xoxb-test", fake.url), app, Pacer(0), "C1")
        fake.drop("chat.postMessage")  # the parent reaches Slack; its answer never comes back
        with pytest.raises(Exception):  # noqa: B017 - whatever the client raises for a dropped answer
            post_checklist(app.workflow, checklist, sender, poster="a", lease_seconds=LEASE)
        with app.store.database.write() as db:  # the failed poster's lease lapses
            db.exec_driver_sql("UPDATE checklists SET lease_until = NULL")
        assert post_checklist(app.workflow, checklist, sender, poster="b", lease_seconds=LEASE)
        marks = Counter(m["metadata"]["event_payload"].get("claim") for m in fake.messages)
        assert marks == Counter({None: 1, **{c.id: 1 for c in checklist.claims}})
