"""The command line as a person runs it: a clear line and a non-zero exit on bad input, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"


def run(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_extract_json_follows_the_contract() -> None:
    result = run("extract", "--format", "json", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"title", "url", "claims"}
    text = EXAMPLE.read_text(encoding="utf-8")
    for i, claim in enumerate(data["claims"], 1):
        assert claim["id"] == i
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert {"type", "score", "quantities", "attribution"} <= set(claim)


def test_text_and_markdown_formats_number_the_claims() -> None:
    text = run("extract", str(EXAMPLE)).stdout.decode()
    markdown = run("extract", "--format", "markdown", str(EXAMPLE)).stdout.decode()
    assert "  1. [" in text and "\x1b[" not in text  # no colour when not a terminal
    assert markdown.startswith("# ") and "1. [ ] **" in markdown


def test_standard_input_works() -> None:
    result = run("extract", "-", stdin=b"The ministry said 14 people were killed in the attack on Tuesday.")
    assert result.returncode == 0 and b"casualties" in result.stdout


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["extract", "-"], b"", b"empty"),
        (["extract", "-"], b"   \n\n  ", b"empty"),
        (["extract", "-"], b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", b"binary"),
        (["extract", "-"], "caf\u00e9".encode("latin-1") * 10, b"not UTF-8"),
        (["extract", "/no/such/file.txt"], b"", b"no such file"),
        (["extract", "/"], b"", b"folder"),
    ],
)
def test_bad_input_is_one_clear_line(args: list[str], stdin: bytes, message: bytes) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr
    assert b"Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_fifty_megabytes_is_refused_by_the_size_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"The council voted 7 to 2 to close the library. " * 1_100_000)
    result = run("extract", str(big))
    assert result.returncode == 2 and b"limit" in result.stderr and b"Traceback" not in result.stderr


def test_a_bad_config_names_the_key_and_the_file(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("fetch:\n  timeout_seconds: -3\n")
    result = run("extract", str(EXAMPLE), cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert b"config.yaml" in result.stderr and b"fetch.timeout_seconds" in result.stderr


def test_classify_answers_every_line_in_order() -> None:
    lines = ["The army said 12 soldiers were killed on Friday.", "", "What a night!", "x" * 30000]
    result = run("classify", stdin="\n".join(lines).encode() + b"\n")
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(answers) == 4
    assert answers[0]["claim"] is True and answers[0]["type"] == "casualties"
    assert answers[2]["claim"] is False
