"""The console as a person runs it: a pipe of commands, then a fresh process on the same store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def console(db: Path, commands: str, user: str = "dana") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIMCHECK_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--user", user],
        input=commands,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIMCHECK_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )


def test_the_example_session_then_a_restart_keeps_every_status(tmp_path: Path) -> None:
    db = tmp_path / "newsroom.sqlite3"
    session = (ROOT / "examples" / "console-session.txt").read_text(encoding="utf-8")
    first = console(db, session)
    assert first.returncode == 0, first.stderr
    assert "Checklist #1" in first.stdout and "Fact-check report" in first.stdout
    assert "Traceback" not in first.stdout + first.stderr

    report = json.loads(cli(db, "report", "--format", "json").stdout)
    counts = report["counts"]
    assert sum(counts.values()) == len(report["claims"])
    statuses = {c["id"]: (c["status"], c["set_by"]) for c in report["claims"]}
    assert statuses[3] == ("verified", "dana")
    assert statuses[4] == ("verified", "lee")  # dana's ❌ was taken back
    assert statuses[5] == ("checking", "lee") and statuses[8] == ("disputed", "lee")
    assert statuses[10] == ("needs_source", "dana")

    # a fresh process acts on the same checklist
    later = console(db, "react 1 🚫\n/factcheck report json\n", user="kim")
    assert '"not_a_claim": 1' in later.stdout


def test_pasted_text_and_mistakes_get_hints_not_tracebacks(tmp_path: Path) -> None:
    db = tmp_path / "newsroom.sqlite3"
    commands = (
        "react 1 ✅\n/factcheck\nThe ministry said 14 people were killed in the attack on Tuesday.\n/end\n"
        "react one ✅\nreact 99 ✅\nreact 1 🍕\nfly to the moon\n/factcheck /no/such/file\n"
        "/factcheck report pdf\nreact 1 ✅\n/factcheck report\n/quit\n"
    )
    result = console(db, commands)
    out = result.stdout
    assert result.returncode == 0 and "Traceback" not in out + result.stderr
    assert "There is no checklist yet" in out
    assert "Use: react N EMOJI" in out and "has no claim 99" in out and "is not a status" in out
    assert "Unknown command" in out and "no such file" in out and "Unknown report format" in out
    assert "verified 1" in out


def test_html_report_is_one_self_contained_page(tmp_path: Path) -> None:
    db = tmp_path / "newsroom.sqlite3"
    console(db, (ROOT / "examples" / "console-session.txt").read_text(encoding="utf-8"))
    page = cli(db, "report", "--format", "html").stdout
    assert page.startswith("<!doctype html>") and "<svg" in page and "<script" not in page
    assert 'data-status="verified" data-count="2"' in page
