"""Exactly once under faults (a benchmark: it reports numbers; exit status 1 if anything was posted
twice or lost).

    python bench/faults.py [--database URL] [--checklists 20] [--lease 3] [--rounds 5] [--limit 600]

Starts a fake Slack Web API and two `claimcheck serve slack --http` workers on loopback, on one
PostgreSQL store (a fresh database made on the server at CLAIMCHECK_TEST_POSTGRES_URL or --database,
dropped afterwards; a temporary SQLite file when neither is given), and pastes CHECKLISTS articles,
each delivered to one worker and redelivered to the other. Meanwhile the fake Slack injects ROUNDS
rounds, 1.5 s apart, of: a burst of three 429s whose Retry-After is longer than the posting lease,
two 500s, and a call that hangs past the API timeout; and one worker is paused (SIGSTOP) for twice
the lease while it posts, then resumed (SIGCONT). Reports claims posted twice (must be 0), claims
lost (must be 0), duplicates that were sent and then withdrawn, and the time until every checklist
was posted. Everything stays on 127.0.0.1, and the run stops by itself after LIMIT seconds at most.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from bot.store import Store  # noqa: E402
from tests.fakeslack import FakeSlack, fake_slack  # noqa: E402
from tests.helpers import SlackWorker  # noqa: E402
from tests.slack_payloads import event_envelope, message_event  # noqa: E402

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
NAMES = ["Vareno", "Kestra", "Lodra", "Mirel", "Nosta", "Orvin", "Pella", "Quara", "Rosta", "Selvo",
         "Tarna", "Ulmo", "Vesta", "Wrenn", "Xalto", "Yarro", "Zemba", "Arvel", "Brisa", "Corvo"]  # fmt: skip


def fresh_postgres(base: str) -> tuple[str, object]:
    name = f"claimcheck_faults_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    return base.rsplit("/", 1)[0] + f"/{name}", (admin, name)


def drop_postgres(handle: object) -> None:
    admin, name = handle  # type: ignore[misc]
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def posts(fake: FakeSlack) -> tuple[Counter[tuple[int, int]], Counter[int]]:
    """Visible claim messages per (checklist, claim) and parent messages per checklist."""
    claims: Counter[tuple[int, int]] = Counter()
    parents: Counter[int] = Counter()
    for message in list(fake.messages):
        payload = (message.get("metadata") or {}).get("event_payload") or {}
        if "claim" in payload:
            claims[(int(payload["checklist"]), int(payload["claim"]))] += 1
        elif "checklist" in payload:
            parents[int(payload["checklist"])] += 1
    return claims, parents


def expected(database: str) -> tuple[int, set[tuple[int, int]], int]:
    store = Store.open(database, migrate=False)
    try:
        with store.database.read() as db:
            checklists = int(db.execute(text("SELECT count(*) FROM checklists")).scalar() or 0)
            claims = {(int(c), int(i)) for c, i in db.execute(text("SELECT checklist_id, id FROM claims"))}
            posted = int(db.execute(text("SELECT count(*) FROM checklists WHERE posted_at IS NOT NULL")).scalar() or 0)
        return checklists, claims, posted
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default=os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL", ""))
    parser.add_argument("--checklists", type=int, default=20)
    parser.add_argument("--lease", type=float, default=3.0)
    parser.add_argument("--limit", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of faults (a 429 burst, 500s, a hang)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp())
    handle = None
    if args.database.startswith("postgresql"):
        database, handle = fresh_postgres(args.database)
        kind = "PostgreSQL"
    else:
        database, kind = f"sqlite:///{folder / 'faults.sqlite3'}", "SQLite (no PostgreSQL URL given)"
    lease = args.lease
    api_timeout = 2.0
    injected: Counter[str] = Counter()
    try:
        with fake_slack() as fake:
            pair = [
                SlackWorker(
                    fake.url,
                    database,
                    folder,
                    post_interval_seconds=0.2,
                    posting_lease_seconds=lease,
                    resume_interval_seconds=1,
                    api_timeout_seconds=api_timeout,
                )
                for _ in range(2)
            ]
            try:
                began = time.monotonic()
                stop = threading.Event()

                def inject() -> None:
                    kinds = ["429", "500", "hang"]
                    i = 0
                    while not stop.wait(1.5) and i < 3 * args.rounds:
                        kind_ = kinds[i % 3]
                        if kind_ == "429":
                            retry = str(int(lease) + 2)
                            fake.fail("chat.postMessage", 429, times=3, headers={"Retry-After": retry})
                        elif kind_ == "500":
                            fake.fail("chat.postMessage", 500, times=2)
                        else:
                            fake.fail("chat.postMessage", 200, times=1, delay=api_timeout + 1)
                        injected[kind_] += 1
                        i += 1

                injector = threading.Thread(target=inject, daemon=True)
                injector.start()
                for n in range(args.checklists):
                    name = NAMES[n % len(NAMES)] + ("" if n < len(NAMES) else str(n))
                    text_ = ARTICLE.replace("Vareno", name)
                    event = message_event(text_, channel=f"C{n % 4}", ts=f"1699999{n:03d}.0001")
                    body = event_envelope(event, f"EvFault{n}")
                    first = rng.randrange(2)
                    pair[first].send(body)
                    pair[1 - first].send(body)  # Slack's redelivery, to the other worker
                # pause one worker in the middle of its posting, past its lease, then let it go on
                time.sleep(lease)
                os.kill(pair[0].process.pid, signal.SIGSTOP)
                injected["SIGSTOP"] += 1
                time.sleep(2 * lease)
                os.kill(pair[0].process.pid, signal.SIGCONT)
                deadline = began + args.limit
                finished = None
                while time.monotonic() < deadline:
                    made, claims, posted = expected(database)
                    visible, _ = posts(fake)
                    if made == args.checklists and posted == made and set(visible) >= claims:
                        finished = time.monotonic() - began
                        break
                    time.sleep(0.5)
                stop.set()
                time.sleep(lease + 2 * api_timeout)  # a stale poster would show within this
                made, claims, posted = expected(database)
                visible, parents = posts(fake)
                twice = sum(c - 1 for c in visible.values() if c > 1) + sum(c - 1 for c in parents.values() if c > 1)
                lost = len(claims - set(visible))
                missing = args.checklists - made
                print(
                    f"2 workers on {kind}, {args.checklists} checklists ({len(claims)} claims), lease {lease:g} s; "
                    f"injected {injected['429']} 429 bursts (Retry-After {int(lease) + 2} s), {injected['500']} "
                    f"500 pairs, {injected['hang']} hangs past the {api_timeout:g} s API timeout, "
                    f"{injected['SIGSTOP']} SIGSTOP of {2 * lease:g} s"
                )
                took = f"all posted in {finished:.1f} s" if finished is not None else f"NOT done in {args.limit:g} s"
                print(
                    f"duplicates {twice}, lost {lost} claims and {missing} checklists, "
                    f"withdrawn after sending {len(fake.deleted)}, {took}"
                )
                return 0 if twice == 0 and lost == 0 and missing == 0 and finished is not None else 1
            finally:
                for worker in pair:
                    if worker.process.poll() is None:
                        os.kill(worker.process.pid, signal.SIGCONT)
                    worker.stop()
    finally:
        if handle is not None:
            drop_postgres(handle)


if __name__ == "__main__":
    sys.exit(main())
