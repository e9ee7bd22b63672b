"""Bounded fuzzing: any text or bytes ends in a result or a clear error, in time linear in its size."""

from __future__ import annotations

import io
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.slack.adapter import plain_text
from bot.config import load_config
from bot.core.service import article_source
from bot.links.fetch import FetchError, is_public, parse_link
from claims import ClaimCheckError, classify_sentence, decode_article, extract_claims

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
