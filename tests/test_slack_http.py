"""The Slack HTTP front as a real `claimcheck serve slack --http` process: the signature is checked
on the raw bytes before anything is parsed, other workspaces are ignored, a dripping body is cut off,
and events acknowledged while the store is locked are not lost."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from bot.chat.slack.http import BODY_SECONDS
from bot.chat.slack.inbox import HOLD_SECONDS, INBOX_SECONDS
from bot.store import Store
from tests.fakeslack import FakeSlack, fake_slack
from tests.helpers import ROOT, SlackWorker, StoreProxy, example_claim_count, fresh_postgres
from tests.slack_payloads import SECRET, event_envelope, message_event, reaction_event, signed_headers

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
LEASE = 2.0
RESUME = 1.0
BUDGET = 30 * (LEASE + RESUME)  # generous upper bound for anything below on a loaded machine


def raw_post(port: int, body: bytes, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=BUDGET)
    try:
        connection.request("POST", "/slack/events", body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def signature(body: bytes, stamp: str) -> str:
    return "v0=" + hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()


@contextmanager
def worker(fake: FakeSlack, database: str, folder: Path) -> Iterator[SlackWorker]:
    started = SlackWorker(
        fake.url,
        database,
        folder,
        post_interval_seconds=0,
        posting_lease_seconds=LEASE,
        resume_interval_seconds=RESUME,
        api_timeout_seconds=3,
    )
    try:
        yield started
    finally:
        started.stop()


def inbox_settled(store: Store, reactions: set[str]) -> bool:
    """Everything delivered is through: these reactions applied, no event left in the inbox (a paste
    still being read is in hand there until its checklist is made), no checklist half posted."""
    with store.database.read() as db:
        applied = {row[0] for row in db.execute(text("SELECT event_key FROM status_events"))}
    return applied == reactions and store.inbox.pending() == 0 and store.posting.unposted_checklists() == []


def wait_for(check, timeout: float = BUDGET) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_unsigned_junk_is_401_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    now = str(int(time.time()))
    good = json.dumps({"type": "url_verification", "challenge": "c"}).encode()
    JSON = {"content-type": "application/json"}  # noqa: N806
    junk: list[tuple[str, bytes, dict[str, str]]] = [
        ("unsigned", good, {"content-type": "application/json"}),
        ("malformed JSON", b'{"type": "event_callback", ', {"content-type": "application/json"}),
        ("invalid UTF-8", b'{"text": "\xff\xfe\xfa"}', {"content-type": "application/json"}),
        ("a bad payload=", b"payload=%7B%7Bnot-json", {"content-type": "application/x-www-form-urlencoded"}),
        ("a truncated body", good[:10], JSON | {"x-slack-signature": signature(good, now)}),
        ("a non-numeric timestamp", good, {"content-type": "application/json", "x-slack-request-timestamp": "12ab"}),
        ("a huge timestamp", good, {"content-type": "application/json", "x-slack-request-timestamp": "9" * 40}),
    ]
    with fake_slack() as fake, worker(fake, f"sqlite:///{tmp_path / 'junk.sqlite3'}", tmp_path) as server:
        for _name, body, headers in junk:
            headers = {"x-slack-request-timestamp": now, "x-slack-signature": "v0=" + "0" * 64, **headers}
            assert raw_post(server.port, body, headers) == 401, _name
        # signed, but unreadable: a clear 400, still no traceback
        for body in (b'{"type": ', b'{"text": "\xff"}'):
            headers = {"content-type": "application/json", "x-slack-request-timestamp": now}
            assert raw_post(server.port, body, {**headers, "x-slack-signature": signature(body, now)}) == 400
        challenge = good.decode()
        assert server.send(challenge)[0] == 200
        server.stop()
        log = server.log_text()
    assert "Traceback" not in log
    assert log.count("refused a request") == len(junk) + 2
    assert SECRET not in log


def test_events_from_a_workspace_the_bot_is_not_in_are_ignored(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'teams.sqlite3'}"
    with fake_slack() as fake, worker(fake, database, tmp_path) as server:
        assert server.send(event_envelope(message_event(ARTICLE), "EvOther", team="T999"))[0] == 200
        assert server.send(event_envelope(message_event(ARTICLE, ts="1699999999.000900"), "EvMine"))[0] == 200
        fake.wait_for("chat.postMessage", 1 + example_claim_count(), timeout=BUDGET)
        store = Store.open(database)
        with store.database.read() as db:
            workspaces = [row[0] for row in db.execute(text("SELECT workspace FROM checklists"))]
        store.close()
        assert workspaces == ["T1"]
        assert len(fake.made("auth.test")) >= 1


def test_a_dripping_body_is_cut_off(tmp_path: Path) -> None:
    with fake_slack() as fake, worker(fake, f"sqlite:///{tmp_path / 'drip.sqlite3'}", tmp_path) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=BODY_SECONDS * 3) as client:
            client.sendall(
                b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100000\r\n\r\n"
            )
            answer = b""
            deadline = time.monotonic() + BODY_SECONDS * 3
            client.settimeout(1)
            while time.monotonic() < deadline and b"\r\n" not in answer:
                try:
                    client.sendall(b"x")
                    answer += client.recv(1024)
                except TimeoutError:
                    continue
                except OSError:
                    break
        assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
        assert server.send(json.dumps({"type": "url_verification", "challenge": "c"}))[0] == 200


def send_all(server: SlackWorker, deliveries: list[tuple[str, str]], retry: int = 0) -> dict[str, int]:
    """Deliver events at once, as Slack does; each event id's status."""
    statuses: dict[str, int] = {}

    def deliver(event_id: str, body: str) -> None:
        headers = {**signed_headers(body, "application/json")}
        if retry:
            headers["x-slack-retry-num"] = str(retry)
            headers["x-slack-retry-reason"] = "http_error"
        statuses[event_id] = raw_post(server.port, body.encode(), headers)

    threads = [threading.Thread(target=deliver, args=delivery) for delivery in deliveries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@contextmanager
def sqlite_store(folder: Path) -> Iterator[tuple[str, Callable[[], Callable[[], None]]]]:
    path = folder / "blink.sqlite3"
    inbox_file = folder / "blink.inbox.sqlite3"

    def lock() -> Callable[[], None]:
        # the store and the inbox's own file beside it: every writer waits, then gives up
        holders = [sqlite3.connect(file, timeout=BUDGET, isolation_level=None) for file in (path, inbox_file)]
        for holder in holders:
            holder.execute("BEGIN EXCLUSIVE")

        def release() -> None:
            for holder in holders:
                holder.execute("ROLLBACK")
                holder.close()

        return release

    yield f"sqlite:///{path}", lock


@contextmanager
def postgres_store() -> Iterator[tuple[str, Callable[[], Callable[[], None]]]]:
    with fresh_postgres("claimcheck_blink") as fresh:
        url = make_url(fresh)
        proxy = StoreProxy((url.host or "127.0.0.1", url.port or 5432))

        def refuse() -> Callable[[], None]:
            proxy.cut()
            return proxy.restore

        yield url.set(host="127.0.0.1", port=proxy.port).render_as_string(False), refuse


@pytest.mark.parametrize("kind", ["sqlite-locked", "postgresql-refusing"])
def test_events_survive_a_store_outage(tmp_path: Path, kind: str) -> None:
    """The store is away for OUTAGE seconds around a burst (SQLite locked by another connection, or
    PostgreSQL refusing connections): every event answered 200 is applied, every event answered 503
    is applied once Slack retries it, and none is applied twice."""
    outage = 20.0
    claims = example_claim_count()
    stores = sqlite_store(tmp_path) if kind.startswith("sqlite") else postgres_store()
    with stores as (database, break_store), fake_slack() as fake, worker(fake, database, tmp_path) as server:
        assert server.send(event_envelope(message_event(ARTICLE), "EvFirst"))[0] == 200
        fake.wait_for("chat.postMessage", 1 + claims, timeout=BUDGET)
        claim_ts = sorted(m["ts"] for m in fake.messages if m["thread_ts"])
        reactions = {
            f"EvBlink{i}": event_envelope(
                reaction_event("x" if i % 2 else "white_check_mark", claim_ts[i % len(claim_ts)], f"U{i}"),
                f"EvBlink{i}",
            )
            for i in range(12)
        }
        second = ARTICLE.replace("Vareno", "Kestra")
        paste = {"EvPaste": event_envelope(message_event(second, ts="1699999999.000500"), "EvPaste")}
        before = dict(list(reactions.items())[:6])
        during = {**dict(list(reactions.items())[6:]), **paste}

        first = send_all(server, list(before.items()))  # kept; the store goes away under their handling
        restore = break_store()
        try:
            broke_at = time.monotonic()
            second_round = send_all(server, list(during.items()))
            time.sleep(max(0.0, outage - (time.monotonic() - broke_at)))
        finally:
            restore()
        assert set(first.values()) <= {200, 503} and set(second_round.values()) <= {200, 503}
        assert 503 in second_round.values()  # the store could not keep them: Slack is told to retry
        # Slack retries what was not acknowledged
        refused = [(i, body) for i, body in {**before, **during}.items() if {**first, **second_round}[i] != 200]
        assert set(send_all(server, refused, retry=1).values()) == {200}

        store = Store.open(database)
        keys = set(reactions)

        def applied() -> set[str]:
            with store.database.read() as db:
                return {row[0] for row in db.execute(text("SELECT event_key FROM status_events"))}

        try:
            # an event whose handling the outage broke comes due again after its hold; the inbox reader
            # backs off to at most a hold between tries while the store is away. Every event must be
            # through the inbox: the reactions can all be in while the paste is still being read
            # (tests/test_inbox.py, test_the_outage_check_waits_for_a_paste_still_in_hand)
            wait_for(lambda: inbox_settled(store, keys), BUDGET + 2 * HOLD_SECONDS)
        except AssertionError:
            with store.inbox._db.read() as db:
                inbox = db.execute(text("SELECT event_id, attempts, next_at, done_at FROM inbox")).all()
            server.process.send_signal(signal.SIGUSR1)  # the worker's threads, in its log
            time.sleep(1)
            server.stop()
            log = server.log_text()[-12000:]
            raise AssertionError(f"missing {keys - applied()}; inbox {inbox}; log {log}") from None
        with store.database.read() as db:
            events = db.execute(text("SELECT count(*) FROM status_events")).scalar()
            checklists = db.execute(text("SELECT count(*) FROM checklists")).scalar()
        store.close()
        assert events == len(keys) and checklists == 2
        posted = [m for m in fake.messages if m["thread_ts"]]
        assert len(posted) == 2 * claims
        assert INBOX_SECONDS < 3  # the answer (200 or 503) always comes within Slack's 3 s
