"""The Slack HTTP endpoint under load (a benchmark: it reports numbers, it asserts nothing).

    python bench/slack_http.py [--workers 1] [--database URL] [--seconds 10]

Starts a fake Slack Web API and WORKERS `claimcheck serve slack --http` processes on loopback, all
on one store (a temporary SQLite file by default; give a PostgreSQL URL to share one server), pastes
the example article (its checklist posts at Slack's pace of one message a second), and meanwhile
sends signed reaction events from 20 concurrent clients for SECONDS seconds, spread over the
workers. Prints events per second acknowledged and the 50th/99th percentile time to the ack.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakeslack import fake_slack  # noqa: E402
from tests.helpers import SlackWorker  # noqa: E402
from tests.slack_payloads import event_envelope, message_event, reaction_event, signed_headers  # noqa: E402


def post(port: int, body: str) -> float:
    started = time.perf_counter()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events",
        data=body.encode(),
        method="POST",
        headers=signed_headers(body, "application/json"),
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database", default="")
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    database = args.database or f"sqlite:///{folder}/bench.sqlite3"
    with fake_slack() as fake:
        workers = [SlackWorker(fake.url, database, Path(folder)) for _ in range(args.workers)]
        ports = [worker.port for worker in workers]
        try:
            article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
            post(ports[0], event_envelope(message_event(article), "EvBench"))
            fake.wait_for("chat.postMessage", 2)  # the parent and the first claim: posting is under way
            claim_ts = next(m["ts"] for m in fake.messages if m["thread_ts"])
            latencies: list[float] = []
            errors = [0]
            lock = threading.Lock()
            stop = time.monotonic() + args.seconds

            def client(number: int) -> None:
                i = 0
                while time.monotonic() < stop:
                    body = event_envelope(
                        reaction_event(
                            "white_check_mark" if i % 2 else "x", claim_ts, f"U{number}", event_ts=f"{time.time():.6f}"
                        ),
                        f"EvB{number}-{i}",
                    )
                    try:
                        took = post(ports[(number + i) % len(ports)], body)
                        with lock:
                            latencies.append(took)
                    except OSError:
                        with lock:
                            errors[0] += 1
                    i += 1

            threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
            began = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - began
            latencies.sort()
            p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
            p50 = statistics.median(latencies) * 1000
            kind = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
            print(
                f"{args.workers} worker(s) on {kind}: {len(latencies) / elapsed:.0f} reaction events/s acked, "
                f"ack p50 {p50:.0f} ms, p99 {p99:.0f} ms, 20 concurrent clients while a checklist posted "
                f"({len(latencies)} events, {errors[0]} errors)"
            )
        finally:
            for worker in workers:
                worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
