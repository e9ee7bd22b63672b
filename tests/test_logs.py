"""Logs a collector can parse, and no secret in them whatever a library logs."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from bot.logs import JsonLines, MaskSecrets, mask

ROOT = Path(__file__).resolve().parents[1]


def test_tokens_are_masked_in_any_message() -> None:
    text = "auth xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy secret 8f742231b10e8888abcd99yyyzzz85a5 ok"
    assert "xoxb" not in mask(text) and "[secret]" in mask(text)
    record = logging.LogRecord("slack_sdk", logging.DEBUG, __file__, 1, "headers %s", ("xapp-1-A1-2-abc",), None)
    MaskSecrets().filter(record)
    line = json.loads(JsonLines().format(record))
    assert line["message"] == "headers [secret]" and line["level"] == "debug" and line["logger"] == "slack_sdk"


def test_a_refused_start_logs_json_without_the_token(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CLAIMCHECK_LOG_FORMAT": "json",
        "CLAIMCHECK_LOG_LEVEL": "INFO",
        "SLACK_BOT_TOKEN": "",
        "CLAIMCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "slack"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2 and "SLACK_BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr
