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


def run_capped(*args: str, stdin_path: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The CLI with its address space capped at 1 GB: reading without a cap fails (or is killed) fast."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30));"
    with open(stdin_path or os.devnull, "rb") as stdin:
        return subprocess.run(
            [sys.executable, "-c", limit + "from bot.cli.main import main; raise SystemExit(main())", *args],
            stdin=stdin,
            capture_output=True,
            timeout=timeout,
            cwd=ROOT,
        )


def one_line(result: subprocess.CompletedProcess[bytes], message: bytes) -> None:
    assert result.returncode == 2, result.stderr[-300:]
    assert message in result.stderr, result.stderr[-300:]
    assert b"Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_classify_from_dev_zero_stops_at_the_input_cap() -> None:
    """Before: `classify < /dev/zero` read one endless line, 300 MB a second, until memory ran out."""
    one_line(run_capped("classify", stdin_path="/dev/zero"), b"Standard input is over 5.0 MB; the limit is 5.0 MB")


def test_extract_from_dev_zero_stops_at_the_input_cap() -> None:
    one_line(run_capped("extract", "-", stdin_path="/dev/zero"), b"the limit is 5.0 MB")


def test_classify_answers_invalid_utf8_lines_instead_of_a_traceback(tmp_path: Path) -> None:
    result = run("classify", stdin=b"The army said 12 soldiers were killed.\n\xff\xfe broken \xc3\n")
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert len(result.stdout.decode().splitlines()) == 2


@pytest.mark.parametrize("command", ["extract", "fetch"])
def test_a_fifo_or_a_device_is_refused_where_a_file_is_expected(tmp_path: Path, command: str) -> None:
    """Before: `extract FIFO` blocked forever waiting for a writer; `fetch /dev/zero` read without end."""
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    one_line(run_capped(command, str(fifo), timeout=30), b"not a regular file")
    one_line(run_capped(command, "/dev/zero", timeout=30), b"not a regular file")


def test_fetch_checks_a_files_size_before_reading_it(tmp_path: Path) -> None:
    """Before: `fetch FILE` read the whole file, then kept its first 5 MB: a 3 GB file was read whole.
    A sparse 3 GB file costs no disk; reading it under a 1 GB address-space cap fails at once."""
    big = tmp_path / "page.html"
    with big.open("wb") as handle:
        handle.truncate(3_000_000_000)
    one_line(run_capped("fetch", str(big)), b"3000.0 MB; the limit is 5.0 MB")
