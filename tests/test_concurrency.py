"""Several writer processes on one SQLite file: exact counts, no "database is locked"."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from bot.app import create_app
from bot.config import load_config
from bot.core.posting import post_checklist
from bot.core.service import Place
from tests.helpers import RecordingSender

PLACE = Place("slack", "T1", "C1")
ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")


def _writer(url: str, worker: int, checklist_id: int) -> None:
    app = create_app(load_config(environ={}), database_url=url)
    for i in range(40):
        # every worker delivers the same 40 events (a retried webhook) and 40 of its own reactions
        app.store.events.mark_processed("T1", f"Ev{i}")
        app.workflow.react(
            who=f"editor{worker}",
            emoji="white_check_mark" if i % 2 else "x",
            place=PLACE,
            message_id=f"{checklist_id}.{1 + i % 5}",
            added=True,
            when=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=i),
            event_key=f"w{worker}-{i}",
        )
        app.workflow.react(
            who="shared",
            emoji="mag",
            place=PLACE,
            message_id=f"{checklist_id}.6",
            added=True,
            when=datetime(2026, 1, 1, tzinfo=UTC),
            event_key=f"same-{i}",
        )
    app.close()


def test_four_writer_processes_lose_nothing_and_double_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    app = create_app(load_config(environ={}), database_url=url)
    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="setup")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(url, w, checklist.id)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    view = app.workflow.checklist("T1", checklist.id)
    events = sum(len(c.history) for c in view.claims)
    assert events == 4 * 40 + 40  # each worker's own, plus the shared ones once
    assert not app.store.events.mark_processed("T1", "Ev0")
    with app.store.database.read() as db:
        processed = db.exec_driver_sql("SELECT count(*) FROM processed_events").scalar()
    assert processed == 40
    app.close()


def test_a_read_on_a_connection_a_write_used_does_not_wait_for_the_write_lock(tmp_path: Path) -> None:
    """A pooled connection keeps what a write marked on it: a read after a write on the same connection
    began IMMEDIATE, so in a burst every read queued for the write lock. With another process holding
    that lock, a read must still answer (WAL readers never wait for writers)."""
    path = tmp_path / "store.sqlite3"
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{path}")
    try:
        assert app.store.events.mark_processed("T1", "Ev1")  # a write on the pool's one connection
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process's writer holds the lock
        try:
            assert app.store.events.was_processed("T1", "Ev1")  # "database is locked" after 15 s before
            assert app.store.reactions.status_events_for("T1", [1]) == []
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    finally:
        app.close()


class Reactions(RuleBasedStateMachine):
    """Editors add and remove reactions; redeliveries and late arrivals change nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.delivered: list[dict[str, object]] = []

    @initialize()
    def open_store(self) -> None:
        import tempfile

        self.folder = tempfile.TemporaryDirectory()
        self.app = create_app(load_config(environ={}), database_url=f"sqlite:///{self.folder.name}/s.sqlite3")
        checklist = self.app.workflow.submit(
            "The army said 12 soldiers were killed on Friday in the north.", "dana", PLACE
        )
        post_checklist(self.app.workflow, checklist, RecordingSender(), poster="t")
        self.message = f"{checklist.id}.1"
        self.checklist = checklist.id

    @rule(
        who=st.sampled_from(["dana", "lee"]),
        emoji=st.sampled_from(["white_check_mark", "x", "mag", "question"]),
        added=st.booleans(),
        minute=st.integers(0, 10),
    )
    def react(self, who: str, emoji: str, added: bool, minute: int) -> None:
        event = {"who": who, "emoji": emoji, "added": added, "minute": minute, "key": f"k{len(self.delivered)}"}
        self.delivered.append(event)
        self._deliver(event)

    @rule(data=st.data())
    def redeliver(self, data: st.DataObject) -> None:
        if self.delivered:
            self._deliver(data.draw(st.sampled_from(self.delivered)))

    def _deliver(self, event: dict[str, object]) -> None:
        self.app.workflow.react(
            who=str(event["who"]),
            emoji=str(event["emoji"]),
            place=PLACE,
            message_id=self.message,
            added=bool(event["added"]),
            event_key=str(event["key"]),
            when=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=int(event["minute"])),
        )  # type: ignore[call-overload]

    @invariant()
    def status_matches_a_fresh_reading_in_any_order(self) -> None:
        if not hasattr(self, "app"):
            return
        from bot.core.statuses import derive_status

        claim = self.app.workflow.checklist("T1", self.checklist).claims[0]
        events = self.app.store.reactions.status_events_for("T1", [claim.id])
        assert len(events) == len(self.delivered)
        assert derive_status(list(reversed(events))).status == claim.status

    def teardown(self) -> None:
        if hasattr(self, "app"):
            self.app.close()
            self.folder.cleanup()


Reactions.TestCase.settings = settings(max_examples=15, stateful_step_count=15, deadline=None)
TestReactions = Reactions.TestCase
