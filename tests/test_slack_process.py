"""`claimcheck serve slack --http` as a process, talking to a fake Slack Web API on loopback."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

from tests.fakeslack import fake_slack
from tests.helpers import ROOT, SlackWorker, example_claim_count
from tests.slack_payloads import event_envelope, message_event, signed_headers, slash_command


def test_the_http_server_answers_challenge_events_and_commands(tmp_path: Path) -> None:
    with fake_slack() as fake:
        worker = SlackWorker(fake.url, f"sqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path, post_interval_seconds=0)
        try:
            challenge = json.dumps({"type": "url_verification", "challenge": "abc123xyz", "token": "legacy"})
            status, answer = worker.send(challenge)
            assert status == 200 and json.loads(answer)["challenge"] == "abc123xyz"
            article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
            assert worker.send(event_envelope(message_event(article), "EvP1"))[0] == 200
            posts = fake.wait_for("chat.postMessage", 1 + example_claim_count())
            assert len([p for p in posts if p.get("thread_ts")]) == example_claim_count()
            status, body = worker.send(slash_command("list"), "application/x-www-form-urlencoded")
            assert status == 200 and "#1" in body
            with urllib.request.urlopen(f"http://127.0.0.1:{worker.port}/readyz", timeout=5) as ready:
                assert json.loads(ready.read())["status"] == "ready"
            tampered = urllib.request.Request(
                f"http://127.0.0.1:{worker.port}/slack/events",
                data=b'{"type":"url_verification"}',
                method="POST",
                headers=signed_headers(challenge, "application/json"),
            )
            try:
                urllib.request.urlopen(tampered, timeout=5)
                raise AssertionError("a tampered request was accepted")
            except urllib.error.HTTPError as refused:
                assert refused.code == 401
        finally:
            worker.stop()
