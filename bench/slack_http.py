"""The Slack HTTP endpoint under load (a benchmark: it reports numbers, it asserts nothing).

    python bench/slack_http.py [--workers 1] [--database URL] [--seconds 10] [--clients 20]

Starts a fake Slack Web API and WORKERS `claimcheck serve slack --http` processes on loopback, all
on one store (a temporary SQLite file by default; given a PostgreSQL URL, a fresh database on that
server, dropped after), pastes the example article (its checklist posts at Slack's pace of one
message a second), and meanwhile sends signed reaction events from CLIENTS concurrent clients for
SECONDS seconds, spread over the workers, each sending its next event as soon as the last is
answered. Prints events per second acknowledged, the 50th/99th percentile time to the ack, how long
after the last ack every reaction event had been handled (the inbox absorbs a burst; handlers catch
up), when the paste's handling (posting its checklist at Slack's pace) was done, and the CPU time of
the workers with their ack processes (user and system, on Linux): on a shared host, compare that.

The clients run in a process of their own, on one asyncio loop: twenty client threads in the
process that also plays Slack's Web API would wait for each other's turn at the interpreter, and
that wait would be counted as the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakeslack import fake_slack  # noqa: E402
from tests.helpers import SlackWorker  # noqa: E402
from tests.slack_payloads import event_envelope, message_event, reaction_event, signed_headers  # noqa: E402


def post(port: int, body: str) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events",
        data=body.encode(),
        method="POST",
        headers=signed_headers(body, "application/json"),
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()


async def _send(port: int, body: str) -> int:
    """One POST on a fresh connection, as Slack makes them; the status."""
    data = body.encode()
    headers = signed_headers(body, "application/json") | {"content-length": str(len(data)), "connection": "close"}
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(f"POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\n{head}\r\n".encode() + data)
        status = int((await reader.readline()).split()[1])
        await reader.read()  # to the end: the server closes
        return status
    finally:
        writer.close()


async def _clients(ports: list[int], claim_ts: str, seconds: float, count: int) -> dict[str, object]:
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def client(number: int) -> None:
        nonlocal errors
        i = 0
        while time.monotonic() < stop:
            emoji = "white_check_mark" if i % 2 else "x"
            event = reaction_event(emoji, claim_ts, f"U{number}", event_ts=f"{time.time():.6f}")
            body = event_envelope(event, f"EvB{number}-{i}")
            started = time.perf_counter()
            try:
                ok = await asyncio.wait_for(_send(ports[(number + i) % len(ports)], body), 30) == 200
            except (OSError, TimeoutError, ValueError, IndexError):
                ok = False
            if ok:
                latencies.append(time.perf_counter() - started)
            else:
                errors += 1
            i += 1

    began = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(count)))
    return {"latencies": latencies, "errors": errors, "elapsed": time.monotonic() - began}


@contextmanager
def store_url(database: str, folder: str) -> Iterator[str]:
    """The database the workers share: a SQLite file, or a fresh PostgreSQL database on the server given."""
    if not database.startswith("postgresql"):
        yield database or f"sqlite:///{folder}/bench.sqlite3"
        return
    from sqlalchemy import create_engine, text

    name = f"claimcheck_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield database.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def pending(database: str, besides: tuple[str, ...] = ()) -> int:
    from bot.store import Store

    store = Store.open(database, migrate=False)
    try:
        return store.inbox.pending(besides)
    finally:
        store.close()


def wait_handled(database: str, since: float, besides: tuple[str, ...] = ()) -> str:
    """How long after `since` the inbox held no unhandled event (but those in `besides`), up to 120 s."""
    while (left := pending(database, besides)) and time.monotonic() - since < 120:
        time.sleep(0.1)
    return f"{time.monotonic() - since:.1f} s after the last ack" if not left else f"not within 120 s ({left} left)"


def cpu_seconds(pid: int) -> float | None:
    """A live process's CPU time so far, user and system, with its live children's (the ack process)
    (Linux's /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = [
            int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
        ]
    except (OSError, IndexError):
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(child) or 0.0 for child in children)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database", default="")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--client-process", help=argparse.SUPPRESS)  # ports,claim_ts: run only the clients
    args = parser.parse_args()
    if args.client_process:
        ports, claim_ts = args.client_process.split(",", 1)
        found = asyncio.run(_clients([int(p) for p in ports.split(":")], claim_ts, args.seconds, args.clients))
        print(json.dumps(found))
        return 0
    folder = tempfile.mkdtemp()
    with store_url(args.database, folder) as database, fake_slack() as fake:
        workers = [SlackWorker(fake.url, database, Path(folder)) for _ in range(args.workers)]
        ports = [worker.port for worker in workers]
        try:
            article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
            post(ports[0], event_envelope(message_event(article), "EvBench"))
            fake.wait_for("chat.postMessage", 2)  # the parent and the first claim: posting is under way
            claim_ts = next(m["ts"] for m in fake.messages if m["thread_ts"])
            command = [sys.executable, __file__, "--seconds", str(args.seconds), "--clients", str(args.clients)]
            command += ["--client-process", ":".join(map(str, ports)) + "," + claim_ts]
            found = json.loads(subprocess.run(command, capture_output=True, check=True, text=True).stdout)
            last_ack = time.monotonic()
            # the reactions, then the paste too (its handling is the posting, paced at a message a second)
            reactions = wait_handled(database, last_ack, besides=("EvBench",))
            everything = wait_handled(database, last_ack)
            # the workers' CPU over their whole life (start-up and the paste included: about 2 s each)
            cpu = [cpu_seconds(worker.process.pid) for worker in workers]
            spent = f"; workers' CPU {sum(c for c in cpu if c is not None):.1f} s" if None not in cpu else ""
            latencies = sorted(found["latencies"])
            p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
            p50 = statistics.median(latencies) * 1000
            kind = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
            print(
                f"{args.workers} worker(s) on {kind}: {len(latencies) / found['elapsed']:.0f} reaction events/s "
                f"acked, ack p50 {p50:.0f} ms, p99 {p99:.0f} ms, {args.clients} concurrent clients while a "
                f"checklist posted ({len(latencies)} events, {found['errors']} errors); every reaction handled "
                f"{reactions}; the checklist's posting (the paste's handling) done {everything}{spent}"
            )
        finally:
            for worker in workers:
                worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
