"""Bounded fuzzing: any text or bytes ends in a result or a clear error, in time linear in its size."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.slack.adapter import plain_text
from bot.config import load_config
from bot.core.service import article_source
from bot.links.fetch import FetchError, is_public, parse_link
from claims import ClaimCheckError, classify_sentence, decode_article, extract_claims
from tests.test_hostile import postgres_behind_proxy  # noqa: F401 - a fixture

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
long_lines = st.builds(lambda word, n: (word + " ") * n, st.text(min_size=1, max_size=12), st.integers(500, 5000))


@FUZZ
@given(st.one_of(st.text(), long_lines, st.text(alphabet="0123456789.,%$€-–—\"“”'’ ()\n", max_size=400)))
def test_the_engine_takes_any_text(text: str) -> None:
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.text
    classify_sentence(text[:20000])


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_decode_or_fail_clearly(data: bytes) -> None:
    try:
        text = decode_article(data, 5_000_000)
    except ClaimCheckError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
        return
    extract_claims(text)


@FUZZ
@given(st.text(max_size=300))
def test_links_parse_or_are_refused_clearly(link: str) -> None:
    try:
        target = parse_link(link)
    except FetchError as exc:
        assert str(exc).endswith(".")
        return
    assert target.scheme in {"http", "https"} and target.port in {80, 443}


@FUZZ
@given(st.text(max_size=60))
def test_address_check_never_raises(address: str) -> None:
    assert is_public(address) in {True, False}


@FUZZ
@given(st.text(max_size=2000))
def test_slack_text_and_article_detection_never_raise(text: str) -> None:
    plain = plain_text(text)
    article_source(plain, 400)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "react 1 ✅",
                    "unreact 1 ✅",
                    "/user x",
                    "/factcheck report",
                    "/factcheck list",
                    "/factcheck",
                    "/end",
                    "/factcheck report html",
                    "react 99 :x:",
                    "/help",
                    "The army said 12 soldiers were killed on Friday in the north.",
                ]
            ),
        ),
        max_size=12,
    )
)
def test_console_commands_never_raise(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    from bot.app import create_app
    from bot.chat.console import Console

    folder = tmp_path_factory.mktemp("fuzz")
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{folder / 'c.sqlite3'}")
    out = io.StringIO()
    try:
        assert Console(app, "fuzzer", out).run(io.StringIO("\n".join(lines) + "\n")) == 0
    finally:
        app.close()
    assert "Traceback" not in out.getvalue()


@pytest.mark.parametrize("unit", ["The army said 12 soldiers were killed. ", "a" * 100 + "\n", "“" * 50, "1,000 " * 20])
def test_time_grows_linearly_with_input(unit: str) -> None:
    def seconds(copies: int) -> float:
        text = unit * copies
        start = time.perf_counter()
        extract_claims(text)
        return time.perf_counter() - start

    small, large = seconds(200), seconds(1600)
    # eight times the text may take at most about eight times as long (with room for noise)
    assert large < 8 * small * 3 + 0.05


def _leaves(tree: dict[str, object], prefix: str = "") -> list[str]:
    keys: list[str] = []
    for key, value in tree.items():
        if key in {"claims", "workflow"}:  # the engine's and the desk's sections have their own tests
            continue
        if isinstance(value, dict) and key != "statuses":
            keys += _leaves(value, f"{prefix}{key}.")
        else:
            keys.append(f"{prefix}{key}")
    return keys


def _config_keys() -> list[str]:
    from bot.config import _defaults

    return _leaves(_defaults())


_YAML_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),  # .inf, -.inf and .nan included
        st.text(max_size=40),
        st.sampled_from(["false", "no", "0", "1e400", "\r\nX-Injected: 1", "C0123", "white_check_mark"]),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)


@FUZZ
@given(st.sampled_from(_config_keys()), _YAML_VALUES)
def test_any_config_value_is_taken_typed_or_refused_naming_the_key(
    tmp_path_factory: pytest.TempPathFactory, key: str, value: object
) -> None:
    import math

    import yaml

    from bot.config import AppConfig
    from claims import ConfigError

    tree: dict[str, object] = {}
    node = tree
    *parents, leaf = key.split(".")
    for part in parents:
        node = node.setdefault(part, {})  # type: ignore[assignment]
    node[leaf] = value
    file = tmp_path_factory.mktemp("config") / "config.yaml"
    file.write_text(yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    try:
        config = load_config(file, environ={})
    except ConfigError as exc:
        message = str(exc)
        assert str(file) in message and "\n" not in message
        assert leaf in message or "statuses" in message or "a mapping" in message, message
        return
    assert isinstance(config, AppConfig)
    assert isinstance(config.fetch.allow_private_addresses, bool)
    assert isinstance(config.discord.watch_channels, bool)
    for number in (
        config.fetch.timeout_seconds,
        config.memory_match_ratio,
        config.slack.posting_lease_seconds,
        config.slack.post_interval_seconds,
    ):
        assert math.isfinite(number) and number >= 0
    assert config.fetch.timeout_seconds > 0 and 0 <= config.memory_match_ratio <= 100
    assert "\n" not in config.fetch.user_agent and "\r" not in config.fetch.user_agent
    assert all(isinstance(channel, str) for channel in config.slack.channels)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(["react 1 ✅", "unreact 1 ✅", "/factcheck report", "/factcheck list", "react 2 ❌", "/help"]),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 8),
)
def test_a_store_that_fails_mid_run_never_ends_the_console(
    postgres_behind_proxy: tuple[object, str],  # noqa: F811 - the fixture imported above
    commands: list[str],
    cut_at: int,
) -> None:
    """PostgreSQL goes away after `cut_at` commands: every later command answers in one line, and once
    it is back the console carries on (the last command works again)."""
    from bot.app import create_app
    from bot.chat.console import Console

    proxy, url = postgres_behind_proxy
    app = create_app(load_config(environ={}), database_url=url)
    out = io.StringIO()

    def session() -> Iterator[str]:
        yield "/factcheck examples/article.txt\n"
        for index, command in enumerate(commands):
            if index == cut_at:
                proxy.cut()  # type: ignore[attr-defined]
            yield command + "\n"
        if cut_at < len(commands):
            proxy.restore()  # type: ignore[attr-defined]
        yield "/factcheck list\n"

    try:
        assert Console(app, "fuzzer", out).run(session()) == 0  # type: ignore[arg-type]
    finally:
        app.close()
    lines = out.getvalue().splitlines()
    assert "Traceback" not in out.getvalue()
    assert lines[-1].startswith("#") or lines[-1] == "No open checklists."
