"""Configuration from a newsroom's file: typed, ranged, bounded; every refusal one line naming key and file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import load_config
from claims import ConfigError, EngineConfig

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"


def refusal(tmp_path: Path, text: str) -> str:
    file = tmp_path / "config.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(file, environ={})
    message = str(caught.value)
    assert str(file) in message and "\n" not in message
    return message


@pytest.mark.parametrize(
    "text, key",
    [
        # a quoted 'false' is a non-empty string: bool() made it True and turned the SSRF guard off
        ("fetch:\n  allow_private_addresses: 'false'\n", "fetch.allow_private_addresses"),
        ("fetch:\n  allow_private_addresses: 'no'\n", "fetch.allow_private_addresses"),
        ("discord:\n  watch_channels: 'false'\n", "discord.watch_channels"),
        ("fetch:\n  timeout_seconds: .inf\n", "fetch.timeout_seconds"),
        ("fetch:\n  timeout_seconds: .nan\n", "fetch.timeout_seconds"),
        ("fetch:\n  timeout_seconds: 0\n", "fetch.timeout_seconds"),
        ("fetch:\n  max_bytes: .inf\n", "fetch.max_bytes"),
        ("fetch:\n  max_bytes: 100000000000000000000000000000000000000000000\n", "fetch.max_bytes"),
        ("memory:\n  match_ratio: 150\n", "memory.match_ratio"),
        ("memory:\n  match_ratio: .nan\n", "memory.match_ratio"),
        ("slack:\n  posting_lease_seconds: 0\n", "slack.posting_lease_seconds"),
        ("slack:\n  posting_lease_seconds: -5\n", "slack.posting_lease_seconds"),
        ("slack:\n  resume_interval_seconds: .inf\n", "slack.resume_interval_seconds"),
        ("slack:\n  channels: C0123\n", "slack.channels"),
        ("slack:\n  channels: [[C0123]]\n", "slack.channels"),
        ('fetch:\n  user_agent: "bot\\r\\nX-Injected: 1"\n', "fetch.user_agent"),
        ("statuses:\n  verified: white_check_mark\n", "statuses.verified"),
        ("database:\n  url: [sqlite]\n", "database.url"),
        ("input:\n  max_claims: 0\n", "input.max_claims"),
        # would overflow timedelta or a timer when used, long after start
        ("fetch:\n  cache_hours: 1.0e+12\n", "fetch.cache_hours"),
        ("input:\n  max_bytes: 1.0e+14\n", "input.max_bytes"),  # read(max_bytes + 1) allocates it at once
        ("fetch:\n  timeout_seconds: 1.0e+14\n", "fetch.timeout_seconds"),
        ("slack:\n  posting_lease_seconds: 1.0e+14\n", "slack.posting_lease_seconds"),
    ],
)
def test_a_value_of_the_wrong_type_or_range_is_refused_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    assert key in refusal(tmp_path, text)


def test_booleans_and_numbers_written_properly_are_taken(tmp_path: Path) -> None:
    file = tmp_path / "config.yaml"
    file.write_text(
        "fetch:\n  allow_private_addresses: true\n  timeout_seconds: 2.5\n"
        "memory:\n  match_ratio: 0\nslack:\n  channels: [C1, C2]\n  post_interval_seconds: 0\n"
    )
    config = load_config(file, environ={})
    assert config.fetch.allow_private_addresses is True and config.fetch.timeout_seconds == 2.5
    assert config.slack.channels == ("C1", "C2") and config.memory_match_ratio == 0


BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
    + "fetch:\n  timeout_seconds: *i\n"
)


def run_cli(config: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The CLI with the given --config, its memory capped at 1 GB, so that a blow-up fails instead of swapping."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30));"
    return subprocess.run(
        [sys.executable, "-c", limit + "from bot.cli.main import main; raise SystemExit(main())"]
        + ["--config", config, "extract", str(EXAMPLE)],
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize(
    "text, problem",
    [
        (BOMB, b"aliases are expanded"),  # a billion laughs: 10^9 values, shown in the error message before
        ("fetch: " + "[" * 50_000 + "]" * 50_000 + "\n", b"nested deeper"),  # RecursionError before
        ("fetch: &a [*a]\n", b"refers to the value that contains it"),
    ],
)
def test_yaml_bombs_are_refused_in_one_line(tmp_path: Path, text: str, problem: bytes) -> None:
    file = tmp_path / "config.yaml"
    file.write_text(text)
    result = run_cli(str(file), tmp_path)
    assert result.returncode == 2, result.stderr[-500:]
    assert problem in result.stderr and str(file).encode() in result.stderr
    assert b"Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_config_on_a_device_or_a_fifo_is_refused(tmp_path: Path) -> None:
    result = run_cli("/dev/zero", tmp_path)
    assert result.returncode == 2 and b"/dev/zero: not a regular file" in result.stderr
    fifo = tmp_path / "config.fifo"
    os.mkfifo(fifo)
    result = run_cli(str(fifo), tmp_path)  # before: blocked forever waiting for a writer
    assert result.returncode == 2 and b"not a regular file" in result.stderr


def test_an_oversized_config_is_refused_before_it_is_read(tmp_path: Path) -> None:
    file = tmp_path / "config.yaml"
    file.write_bytes(b"# " + b"x" * 3_000_000 + b"\n")
    assert "larger than" in refusal(tmp_path, file.read_text())


def test_a_local_currency_without_its_code_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        EngineConfig.from_mapping({"local_money": {"local": [{"places": ["Fiji"]}]}})
    assert "local_money.local[0]" in str(caught.value)


def test_a_local_currency_may_need_its_places_named_only_once() -> None:
    config = EngineConfig.from_mapping(
        {"local_money": {"local": [{"currency": "FJD", "reads": "USD", "least": 1, "places": ["Fiji"]}]}}
    )
    assert [(m.currency, m.least) for m in config.local_money] == [("FJD", 1)]
    with pytest.raises(ConfigError) as caught:
        EngineConfig.from_mapping({"local_money": {"local": [{"currency": "FJD", "reads": "USD", "least": 0,
                                                              "places": ["Fiji"]}]}})
    assert "least" in str(caught.value)
