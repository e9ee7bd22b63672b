"""`claimcheck serve slack --http` as a process, talking to a fake Slack Web API on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakeslack import FakeSlack, fake_slack
from tests.helpers import free_port
from tests.slack_payloads import SECRET, TOKEN, event_envelope, message_event, signed_headers, slash_command

ROOT = Path(__file__).resolve().parents[1]


def post(port: int, body: str, content_type: str) -> tuple[int, str]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events",
        data=body.encode(),
        method="POST",
        headers=signed_headers(body, content_type),
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[int, FakeSlack]]:
    with fake_slack() as fake:
        port = free_port()
        env = {
            **os.environ,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.url,
            "CLAIMCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        }
        config = tmp_path / "config.yaml"
        config.write_text("slack:\n  post_interval_seconds: 0\n")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot.cli",
                "--config",
                str(config),
                "serve",
                "slack",
                "--http",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                        break
                except OSError:
                    if process.poll() is not None:
                        raise AssertionError(process.stderr.read().decode() if process.stderr else "died") from None
                    time.sleep(0.2)
            yield port, fake
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def test_the_http_server_answers_challenge_events_and_commands(server: tuple[int, FakeSlack]) -> None:
    port, fake = server
    challenge = json.dumps({"type": "url_verification", "challenge": "abc123xyz", "token": "legacy"})
    status, answer = post(port, challenge, "application/json")
    assert status == 200 and json.loads(answer)["challenge"] == "abc123xyz"
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    status, _ = post(port, event_envelope(message_event(article), "EvP1"), "application/json")
    assert status == 200
    posts = fake.wait_for("chat.postMessage", 13)
    assert len([p for p in posts if p.get("thread_ts")]) == 12
    status, body = post(port, slash_command("list"), "application/x-www-form-urlencoded")
    assert status == 200 and "#1" in body
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as ready:
        assert json.loads(ready.read())["status"] == "ready"
    assert post(port, challenge.replace("abc", "xyz"), "application/json")[0] == 200
    tampered = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events",
        data=b'{"type":"url_verification"}',
        method="POST",
        headers=signed_headers(challenge, "application/json"),
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(tampered, timeout=5)
    assert refused.value.code == 401
