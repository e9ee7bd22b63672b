"""Several `claimcheck serve slack --http` workers on one store, with faults: events delivered to every
worker, out of order and repeated; a worker killed mid-post, or paused past its lease and resumed; API
errors and hangs; a dropped database.

No test here depends on the machine's speed: every wait is on an event (a message on the fake
Slack, a row in the store), bounded by a budget derived from the configured lease and intervals, and
a quiet period after the work is done is itself derived from them (a stale poster would show within it)."""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.core.statuses import derive_status
from bot.store import Store
from tests.fakeslack import FakeSlack, fake_slack
from tests.helpers import SlackWorker, example_claim_count, fresh_postgres
from tests.slack_payloads import event_envelope, message_event, reaction_event

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
CLAIMS = example_claim_count()

# the workers' settings; every wait below derives from these
LEASE = 2.0
RESUME = 1.0
API_TIMEOUT = 3.0
INTERVAL = 0.3
# long enough for any stale poster to act and be fenced (a lease, a resume round, a call)
QUIET = LEASE + RESUME + API_TIMEOUT
# generous upper bound on posting one checklist on a loaded machine: every message may wait out a
# call's timeout once, and the checklist may change hands a few times
BUDGET = 10 * (LEASE + RESUME) + (CLAIMS + 1) * (INTERVAL + API_TIMEOUT)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with fresh_postgres("claimcheck_w") as url:
        yield url


@contextmanager
def workers(
    fake: FakeSlack, database: str, folder: Path, count: int, interval: float = 0.0
) -> Iterator[list[SlackWorker]]:
    started = [
        SlackWorker(
            fake.url,
            database,
            folder,
            post_interval_seconds=interval,
            posting_lease_seconds=LEASE,
            resume_interval_seconds=RESUME,
            api_timeout_seconds=API_TIMEOUT,
        )
        for _ in range(count)
    ]
    try:
        yield started
    finally:
        for worker in started:
            if worker.process.poll() is None:
                os.kill(worker.process.pid, signal.SIGCONT)  # a paused worker must hear its SIGTERM
            worker.stop()


def claim_posts(fake: FakeSlack) -> Counter[int]:
    """How many times each claim stands posted, read from the metadata the bot marks its messages with
    (a duplicate the bot withdrew is no longer there)."""
    counts: Counter[int] = Counter()
    for message in list(fake.messages):
        payload = (message.get("metadata") or {}).get("event_payload") or {}
        if "claim" in payload:
            counts[int(payload["claim"])] += 1
    return counts


def wait_for(check: Callable[[], object], timeout: float = BUDGET) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s")


def posting_finished(database: str, checklists: int) -> Callable[[], bool]:
    """True once the store says `checklists` checklists are posted in full."""

    def check() -> bool:
        store = Store.open(database, migrate=False)
        try:
            with store.database.read() as db:
                done = db.execute(text("SELECT count(*) FROM checklists WHERE posted_at IS NOT NULL")).scalar()
            return int(done or 0) >= checklists
        finally:
            store.close()

    return check


def settle(fake: FakeSlack, database: str, checklists: int) -> None:
    """Wait until the store says every checklist is posted, then a quiet period in which any stale
    poster would show itself, and until the fake Slack stops changing."""
    wait_for(posting_finished(database, checklists))
    time.sleep(QUIET)
    before = -1
    while len(fake.calls) != before:
        before = len(fake.calls)
        time.sleep(RESUME)


def every_claim_once(fake: FakeSlack, checklists: int = 1) -> None:
    counts = claim_posts(fake)
    assert len(counts) == checklists * CLAIMS and set(counts.values()) == {1}, counts
    parents = [m for m in fake.messages if not m["thread_ts"] and m.get("metadata")]
    assert len(parents) == checklists


def store_agrees_with_slack(store: Store, fake: FakeSlack) -> None:
    with store.database.read() as db:
        recorded = {row[0] for row in db.execute(text("SELECT message_id FROM messages WHERE claim_id IS NOT NULL"))}
    posted = {m["ts"] for m in fake.messages if ((m.get("metadata") or {}).get("event_payload") or {}).get("claim")}
    assert recorded == posted


def test_two_workers_one_checklist_every_reaction_once(postgres_url: str, tmp_path: Path) -> None:
    with fake_slack() as fake, workers(fake, postgres_url, tmp_path, 2) as pair:
        article = event_envelope(message_event(ARTICLE), "EvArticle")
        senders = [threading.Thread(target=pair[i % 2].send, args=(article,)) for i in range(4)]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        settle(fake, postgres_url, 1)
        every_claim_once(fake)

        store = Store.open(postgres_url)
        claim_ts = sorted(m["ts"] for m in fake.messages if m["thread_ts"])
        rng = random.Random(5)
        events = [
            (
                f"EvR{i}",
                reaction_event(
                    rng.choice(["white_check_mark", "x", "mag"]),
                    rng.choice(claim_ts[:4]),
                    rng.choice(["UDANA", "ULEE"]),
                    added=rng.random() > 0.2,
                    event_ts=f"1700000200.{i:06d}",
                ),
            )
            for i in range(30)
        ]
        deliveries = [(event_id, event, worker) for event_id, event in events for worker in pair] + [
            (event_id, event, pair[0]) for event_id, event in rng.sample(events, 10)
        ]
        rng.shuffle(deliveries)
        for event_id, event, worker in deliveries:
            assert worker.send(event_envelope(event, event_id))[0] == 200
        with store.database.read() as db:
            claim_ids = [row[0] for row in db.execute(text("SELECT id FROM claims ORDER BY number"))]
        wait_for(lambda: len(store.reactions.status_events_for("T1", claim_ids)) >= 30)
        history = store.reactions.status_events_for("T1", claim_ids)
        assert sorted(e.event_key for e in history) == sorted(event_id for event_id, _ in events)
        store_agrees_with_slack(store, fake)
        store.close()


def test_a_worker_killed_mid_post_is_finished_by_another(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    with fake_slack() as fake:
        with workers(fake, database, tmp_path, 1, interval=INTERVAL) as (first,):
            first.send(event_envelope(message_event(ARTICLE), "EvKill"))
            wait_for(lambda: sum(claim_posts(fake).values()) >= 4)
            os.kill(first.process.pid, signal.SIGKILL)
            first.process.wait(BUDGET)
        assert sum(claim_posts(fake).values()) < CLAIMS
        with workers(fake, database, tmp_path, 1):
            settle(fake, database, 1)
        every_claim_once(fake)
        store = Store.open(database)
        store_agrees_with_slack(store, fake)
        store.close()


def test_a_worker_paused_past_its_lease_then_resumed_posts_nothing_twice(tmp_path: Path) -> None:
    """SIGSTOP one worker while it waits out a 429's Retry-After, past its lease: the other worker
    takes the checklist over and finishes it; SIGCONT the first: it notices and stops, instead of
    retrying and posting the rest a second time. Every claim once."""
    database = f"sqlite:///{tmp_path / 'paused.sqlite3'}"
    with fake_slack() as fake, workers(fake, database, tmp_path, 2, interval=INTERVAL) as (first, second):
        first.send(event_envelope(message_event(ARTICLE), "EvPause"))
        wait_for(lambda: sum(claim_posts(fake).values()) >= 3)
        # the next post is rate limited, and Slack is slow to say so: the pause comes while the worker
        # waits for that answer, in no transaction (a paused SQLite writer would block every worker);
        # after the pause it would wait out Retry-After and retry
        fake.fail("chat.postMessage", 429, times=1, headers={"Retry-After": str(int(LEASE))}, delay=API_TIMEOUT - 0.5)
        wait_for(lambda: not fake.faults["chat.postMessage"])
        os.kill(first.process.pid, signal.SIGSTOP)
        try:
            # the lease lapses; the second worker's resume loop takes over and finishes
            wait_for(posting_finished(database, 1))
            assert second.process.poll() is None
            every_claim_once(fake)
        finally:
            os.kill(first.process.pid, signal.SIGCONT)
        settle(fake, database, 1)
        every_claim_once(fake)
        assert first.process.poll() is None  # it carried on serving
        store = Store.open(database)
        store_agrees_with_slack(store, fake)
        store.close()


def test_api_faults_then_recovery_post_everything_once(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'faults.sqlite3'}"
    with fake_slack() as fake, workers(fake, database, tmp_path, 1) as (worker,):
        # a burst, with a Retry-After longer than the lease: waited out while holding the lease
        fake.fail("chat.postMessage", 429, times=3, headers={"Retry-After": str(int(LEASE) + 1)})
        worker.send(event_envelope(message_event(ARTICLE), "EvFault1"))
        settle(fake, database, 1)
        every_claim_once(fake)

        second = ARTICLE.replace("Vareno", "Kestra")
        fake.fail("chat.postMessage", 500, times=2)  # fails the post; the resume loop finishes it later
        worker.send(event_envelope(message_event(second, ts="1699999999.000200"), "EvFault2"))
        settle(fake, database, 2)
        every_claim_once(fake, 2)

        third = ARTICLE.replace("Vareno", "Lodra")
        # hangs past the API timeout: the call fails, the message is looked up on Slack, not posted twice
        fake.fail("chat.postMessage", 200, times=1, delay=API_TIMEOUT + 2)
        worker.send(event_envelope(message_event(third, ts="1699999999.000300"), "EvFault3"))
        settle(fake, database, 3)
        every_claim_once(fake, 3)
        store = Store.open(database)
        store_agrees_with_slack(store, fake)
        store.close()


def test_a_dropped_database_connection_is_survived(postgres_url: str, tmp_path: Path) -> None:
    with fake_slack() as fake, workers(fake, postgres_url, tmp_path, 1) as (worker,):
        worker.send(event_envelope(message_event(ARTICLE), "EvDb1"))
        wait_for(posting_finished(postgres_url, 1))
        name = postgres_url.rsplit("/", 1)[1]
        admin = create_engine(postgres_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            dropped = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :name AND pid <> "
                    "pg_backend_pid()"
                ),
                {"name": name},
            ).scalar()
        admin.dispose()
        assert dropped >= 1
        claim_ts = sorted(m["ts"] for m in fake.messages if m["thread_ts"])[0]
        after_drop = event_envelope(reaction_event("x", claim_ts, "UDANA", event_ts="1700000300.000001"), "EvAfterDrop")
        assert worker.send(after_drop)[0] == 200
        store = Store.open(postgres_url)
        with store.database.read() as db:
            first_claim = db.execute(text("SELECT id FROM claims ORDER BY number LIMIT 1")).scalar()
        wait_for(lambda: len(store.reactions.status_events_for("T1", [first_claim])) == 1)
        assert derive_status(store.reactions.status_events_for("T1", [first_claim])).status == "false"
        store.close()
