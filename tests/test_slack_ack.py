"""`claimcheck serve slack --http` acknowledges in a process of its own (the ack process) and handles
events in the process started by the command: one command still, whatever happens to either process.

Every wait is on an event (an answer, a row, a process ending), bounded by a generous budget."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store import Store
from tests.fakeslack import fake_slack
from tests.helpers import SlackWorker, example_claim_count
from tests.slack_payloads import event_envelope, message_event, reaction_event
from tests.test_slack_http import ARTICLE, BUDGET, inbox_settled, wait_for, worker

CHALLENGE = '{"type": "url_verification", "challenge": "c"}'


def ack_processes(server: SlackWorker) -> list[int]:
    """The ack process(es) the command started (Linux's /proc)."""
    tasks = Path(f"/proc/{server.process.pid}/task")
    return [int(child) for task in tasks.iterdir() for child in (task / "children").read_text().split()]


def alive(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False


def answers(server: SlackWorker) -> bool:
    try:
        return server.send(CHALLENGE)[0] == 200
    except OSError:
        return False


def applied(store: Store) -> list[str]:
    with store.database.read() as db:
        return [row[0] for row in db.execute(text("SELECT event_key FROM status_events"))]


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")


def test_an_ack_process_that_dies_is_started_again(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'again.sqlite3'}"
    with fake_slack() as fake, worker(fake, database, tmp_path) as server:
        (first,) = ack_processes(server)
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: ack_processes(server) not in ([], [first]) and answers(server))
        # and what it acknowledges is handled, as before
        assert server.send(event_envelope(message_event(ARTICLE), "EvAfter"))[0] == 200
        fake.wait_for("chat.postMessage", 1 + example_claim_count(), timeout=BUDGET)
        server.stop()
        assert "ack process ended" in server.log_text()
        assert "Traceback" not in server.log_text()


def test_a_killed_server_takes_its_ack_process_with_it(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    with fake_slack() as fake, worker(fake, database, tmp_path) as server:
        (ack,) = ack_processes(server)
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait(BUDGET)
        wait_for(lambda: not alive(ack))  # nothing acknowledges for a server that cannot handle


def test_sigterm_right_after_the_acks_loses_nothing_and_applies_nothing_twice(tmp_path: Path) -> None:
    """Reactions acknowledged, then SIGTERM at once: the command ends by itself (exit 0, no traceback),
    and whatever it had not handled, the next start handles; every reaction once."""
    database = f"sqlite:///{tmp_path / 'term.sqlite3'}"
    with fake_slack() as fake:
        with worker(fake, database, tmp_path) as server:
            assert server.send(event_envelope(message_event(ARTICLE), "EvPaste"))[0] == 200
            fake.wait_for("chat.postMessage", 1 + example_claim_count(), timeout=BUDGET)
            claim_ts = sorted(m["ts"] for m in fake.messages if m["thread_ts"])
            reactions = {
                f"EvTerm{i}": event_envelope(reaction_event("x", claim_ts[i % len(claim_ts)], f"U{i}"), f"EvTerm{i}")
                for i in range(20)
            }
            for body in reactions.values():
                assert server.send(body)[0] == 200
            started = time.monotonic()
            server.process.send_signal(signal.SIGTERM)
            assert server.process.wait(BUDGET) == 0
            assert time.monotonic() - started < BUDGET
            log = server.log_text()
        assert "Traceback" not in log
        with worker(fake, database, tmp_path):
            store = Store.open(database)
            try:
                wait_for(lambda: inbox_settled(store, set(reactions)), BUDGET)
                assert sorted(applied(store)) == sorted(reactions)
            finally:
                store.close()
