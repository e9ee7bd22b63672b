"""What a hostile or unlucky day brings, from outside: odd numbers, odd bytes, NULs, huge pastes, a store
that goes away. Each ends in one clear line (or a polite reply) and the bot carries on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.app import App, create_app
from bot.chat.console import Console
from bot.config import load_config
from bot.core.limits import cut_article
from bot.core.service import Place
from tests.helpers import StoreProxy
from tests.slack_payloads import slash_command
from tests.test_slack import FORM, Slack, reply, slack  # noqa: F401 - `slack` is a fixture
from tests.test_workflow import POSTGRES_URL, _postgres_or_skip
from tests.webserver import serving

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
CONSOLE = Place("console", "console", "terminal")


def cli(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}" if request.param == "sqlite" else _postgres_or_skip()


# -- numbers a person types -------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["²", "12345678901234567890123", "٣"])
def test_report_of_an_odd_checklist_number_is_one_line(tmp_path: Path, number: str) -> None:
    """Before: '²' passed str.isdigit and int() raised ValueError; 23 digits overflowed the database."""
    database = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = cli("report", "--checklist", number, "--database", database)
    assert result.returncode == 2 and b"Traceback" not in result.stderr, result.stderr[-400:]
    assert f"There is no checklist {number} in this workspace.".encode() in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_console_commands_with_odd_numbers_answer_in_one_line(tmp_path: Path) -> None:
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{tmp_path / 'c.sqlite3'}")
    out = io.StringIO()
    try:
        Console(app, "dana", out).run(io.StringIO(f"/factcheck {ROOT / 'examples' / 'article.txt'}\n"))
        out.truncate(0)
        lines = ["react ² ✅", "react 12345678901234567890123 ✅", "take ²", "take 12345678901234567890123"]
        assert Console(app, "dana", out).run(io.StringIO("\n".join(lines) + "\n")) == 0
    finally:
        app.close()
    answers = out.getvalue().strip("\x00").strip().splitlines()
    assert len(answers) == 4 and all("Use: " in a for a in answers), answers


def test_slack_report_of_an_odd_number_is_a_polite_reply(slack: Slack) -> None:  # noqa: F811
    """Before: `/factcheck report ²` answered Slack with a 500."""
    for number in ("²", "12345678901234567890123"):
        status, body = slack.send(slash_command(f"report {number}"), FORM)
        assert status == 200 and f"There is no checklist {number}" in reply(body)


# -- bytes and locales -------------------------------------------------------------------------------


def test_the_console_reads_invalid_utf8_under_a_strict_locale(tmp_path: Path) -> None:
    """Before: a UnicodeDecodeError traceback, and the session was over."""
    stdin = b"/help\n\xff\xfe react \xc3 1\n/factcheck list\n/quit\n"
    result = cli(
        "console",
        "--database",
        f"sqlite:///{tmp_path / 'c.sqlite3'}",
        stdin=stdin,
        env={"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr[-400:]
    assert b"Unknown command" in result.stdout and b"No open checklists." in result.stdout


def _nul_page() -> bytes:
    return ARTICLE.replace("killed", "kil\x00led").replace("\n", "\n\x00", 3).encode()


def test_nul_characters_are_dropped_or_refused_the_same_on_every_store(store_url: str, tmp_path: Path) -> None:
    """Before, on PostgreSQL: a NUL pasted, or in a fetched page, failed the insert (PostgreSQL text
    cannot hold one) with a traceback; a file with a NUL after its first 8 KB was taken for text."""
    config = load_config(environ={})
    config = replace(config, fetch=replace(config.fetch, allow_private_addresses=True))
    app = create_app(config, database_url=store_url)
    try:
        pasted = app.workflow.submit(ARTICLE.replace("killed", "kil\x00led"), "dana", CONSOLE)
        assert pasted.claims and not any("\x00" in c.text for c in pasted.claims)
        with serving() as web:
            web.page("/nul.txt", _nul_page(), content_type="text/plain; charset=utf-8")
            web.page("/nul.html", b"<html><body><article>" + _nul_page() + b"</article></body></html>")
            for path in ("/nul.txt", "/nul.html"):
                fetched = app.workflow.submit(web.url(path), "dana", Place("console", "console", path))
                assert fetched.claims and not any("\x00" in c.text for c in fetched.claims)
    finally:
        app.close()
    late_nul = tmp_path / "late-nul.txt"
    late_nul.write_bytes(ARTICLE.encode() * 5 + b"\x00" + ARTICLE.encode())
    assert len(ARTICLE.encode()) * 5 > 8192
    result = cli("extract", str(late_nul))
    assert result.returncode == 2 and b"looks like binary data" in result.stderr


# -- size --------------------------------------------------------------------------------------------


def test_a_huge_paste_is_cut_to_the_most_check_worthy_claims_and_says_so(tmp_path: Path) -> None:
    """Before: a 100,000-line paste became ~99,700 claims, a day of posting at Slack's pace."""
    config = replace(load_config(environ={}), max_claims=40, max_claim_chars=300)
    app = create_app(config, database_url=f"sqlite:///{tmp_path / 'big.sqlite3'}")
    lines = [
        f"The ministry said {i} people were killed in the attack on the town of Vareno on Tuesday." for i in range(400)
    ]
    long_claim = "The army said 12 soldiers were killed " + "in the fighting near the river " * 40 + "on Friday."
    try:
        checklist = app.workflow.submit("\n\n".join(lines + [long_claim]), "dana", CONSOLE)
    finally:
        app.close()
    assert len(checklist.claims) == 40
    assert checklist.title is not None and "showing the 40 most check-worthy of" in checklist.title
    assert all(len(c.text) <= 300 for c in checklist.claims)


def test_a_paste_longer_than_an_article_is_read_only_up_to_its_limit_and_says_so(tmp_path: Path) -> None:
    """Before: a 5 MB paste was read whole (minutes in one listener thread) before the claims were cut."""
    config = replace(load_config(environ={}), max_article_chars=3000)
    app = create_app(config, database_url=f"sqlite:///{tmp_path / 'long.sqlite3'}")
    lines = [f"The ministry said {i} people were killed in the attack on Vareno on Tuesday." for i in range(2000)]
    try:
        checklist = app.workflow.submit("\n\n".join(lines), "dana", CONSOLE)
    finally:
        app.close()
    assert checklist.title is not None and "read the first" in checklist.title
    assert 0 < len(checklist.claims) <= 3000 // 70
    assert all("1999 people" not in c.text for c in checklist.claims)


def test_an_article_is_cut_at_a_paragraph_when_one_is_near_the_limit() -> None:
    text = "First paragraph. " * 200 + "\n\n" + "Second paragraph. " * 10
    head, note = cut_article(text, len(text) - 20)
    assert head == text[: text.index("\n\n")] and note.startswith("read the first")
    assert cut_article(text, len(text)) == (text, "")


# -- a store that goes away ----------------------------------------------------------------------------


@pytest.fixture
def postgres_behind_proxy() -> Iterator[tuple[StoreProxy, str]]:
    _postgres_or_skip()
    parts = urlsplit(POSTGRES_URL)
    proxy = StoreProxy((parts.hostname or "127.0.0.1", parts.port or 5432))
    yield proxy, POSTGRES_URL.replace(parts.netloc, f"{parts.username or 'postgres'}@127.0.0.1:{proxy.port}")
    proxy.cut()


def test_the_console_says_when_the_store_goes_away_and_carries_on(
    postgres_behind_proxy: tuple[StoreProxy, str],
) -> None:
    """Before: the first command after PostgreSQL went away ended the console with a traceback, and
    every later line was lost. Now each command says the database cannot be used, and once it is back
    the commands work again."""
    proxy, url = postgres_behind_proxy
    app: App = create_app(load_config(environ={}), database_url=url)
    out = io.StringIO()

    def session() -> Iterator[str]:
        yield f"/factcheck {ROOT / 'examples' / 'article.txt'}\n"
        proxy.cut()
        yield "react 1 ✅\n"
        yield "/factcheck list\n"
        proxy.restore()
        yield "react 1 ✅\n"

    try:
        assert Console(app, "dana", out).run(session()) == 0  # type: ignore[arg-type]
        claim = app.workflow.checklist("console", 1).claims[0]
    finally:
        app.close()
    lines = out.getvalue().splitlines()
    assert sum(line.startswith("! The database cannot be used right now") for line in lines) == 2
    assert lines[-1].startswith("Claim 1: ") and claim.status == "verified"


# -- smaller -----------------------------------------------------------------------------------------


def test_the_default_store_file_is_private(tmp_path: Path) -> None:
    """Before: the folder 0755 and the file 0644 under the usual umask: every local user could read the
    newsroom's unpublished checklists."""
    import stat

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CLAIMCHECK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", "import os; os.umask(0o022); from bot.store import Store; Store.open().close()"],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-400:]
    folder = tmp_path / "data" / "claimcheck"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():  # the database and its -wal and -shm
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_a_password_with_a_raw_at_sign_is_never_shown_even_in_part() -> None:
    """Before: 'postgresql://bot:p@ss@w0rd@host/db' showed 'ss@w0rd@host' as the host in the error."""
    from bot.store import Store, StoreError

    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://nobody:p@ss@w0rd@127.0.0.1:1/claimcheck")
    message = str(caught.value)
    assert "nobody:***@127.0.0.1:1/claimcheck" in message
    assert not any(piece in message for piece in ("ss@", "w0rd", "p@ss")), message


def test_a_page_read_in_the_wrong_encoding_is_mended_not_refused_as_binary() -> None:
    from claims import decode_article

    meant = "NASA\u2019s lander \u2014 the largest of the five \u2014 carries 100 tons.\n" * 40
    garbled = meant.encode("utf-8").decode("latin-1")  # what a page without its charset becomes
    assert decode_article(garbled.encode("utf-8"), 5_000_000) == meant
