"""Published fact-checks: importing ClaimReview in every shape it comes in, the match on the checklist
(Slack, Discord, console), the fact-check API behind a local fake, and the newsroom's own verdicts
exported as ClaimReview and read back."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import create_engine, text

from bot.app import App, create_app
from bot.cli.main import main
from bot.config import AppConfig, load_config
from bot.core.service import Place
from bot.store import Store
from tests.helpers import QuietHandler, loopback_server, respond, serving

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
CLAIM = "The health ministry said 23 civilians were killed and 71 wounded in shelling on the town's market last week."
NOTE = "Checked before by Snopes (2021-03-02): rated False - 'Did shelling kill 32 civilians in Vareno market?'"
LINK = "https://www.snopes.com/fact-check/vareno-market/"
PLACE = Place("console", "W1", "C1")


def review(n: int, **fields: Any) -> dict[str, Any]:
    """A ClaimReview as fact-checkers publish it (author, rating, the claim's author, a language)."""
    record: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factcheck.example/{n}",
        "claimReviewed": f"Claim number {n} about the harbour strike and {n * 7} dock workers.",
        "datePublished": "2020-05-0" + str(1 + n % 9),
        "headline": f"Fact check {n}",
        "inLanguage": "en",
        "author": {"@type": "Organization", "name": "AFP Fact Check" if n % 2 else "PolitiFact"},
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Blogger"}},
    }
    record.update(fields)
    return record


VARENO = review(
    0,
    url=LINK,
    claimReviewed="32 civilians were killed and 71 wounded in shelling on the Vareno market, the health ministry said.",
    headline="Did shelling kill 32 civilians in Vareno market?",
    datePublished="2021-03-02T09:30:00Z",
    author={"@type": "Organization", "name": "Snopes"},
)
DECOYS = [
    review(101, claimReviewed="Drinking hot water cures the flu.", headline="Hot water and the flu"),
    review(102, claimReviewed="5G masts spread the coronavirus.", headline="5G and COVID-19"),
    review(103, claimReviewed="The moon landing was filmed in a studio.", headline="Moon landing hoax"),
]


def page(*blocks: Any) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)
    return f"<!doctype html><html><head><title>Fact check</title>{scripts}</head><body><p>Text</p></body></html>"


def feed(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The schema.org DataFeed shape of Google's fact-check feeds: dataFeedElement[].item[]."""
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": "2024-01-01",
        "dataFeedElement": [{"@type": "DataFeedItem", "dateCreated": "2024-01-01", "item": [r]} for r in records],
    }


def run(*args: str) -> tuple[int, str, str]:
    """The `claimcheck` command in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        code = main(list(args), out=out)
    finally:
        sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'archive.sqlite3'}"


def stored(url: str) -> dict[str, Any]:
    store = Store.open(url)
    try:
        return {r.key: r for _, r in store.archive.reviews()}
    finally:
        store.close()


# -- every shape ClaimReview comes in ------------------------------------------------------------


def test_each_input_shape_is_imported(tmp_path: Path, db: str) -> None:
    shapes = {
        # a fact-check page: one block with @graph (beside the page's other objects), one a bare list
        "page.html": page(
            {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, review(1)]},
            [review(2), {"@type": "BreadcrumbList"}],
        ),
        "graph.jsonld": json.dumps({"@context": "https://schema.org", "@graph": [review(3), review(4)]}),
        "list.json": json.dumps([review(5), review(6)]),
        "feed.json": json.dumps(feed([review(7), review(8), review(9)]), indent=2),
        "reviews.jsonl": "".join(json.dumps(review(n)) + "\n" for n in (10, 11)),
        "one.json": json.dumps(review(14)),
    }
    for name, body in shapes.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    with gzip.open(tmp_path / "reviews.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(review(n)) + "\n" for n in (12, 13))
    with gzip.open(tmp_path / "feed.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(feed([review(15)]), handle)
    files = [*shapes, "reviews.jsonl.gz", "feed.json.gz"]

    code, out, err = run("archive", "import", "--database", db, *[str(tmp_path / f) for f in files])

    assert code == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines[str(tmp_path / "page.html")].startswith("2 added")
    assert "2 skipped (2 not a ClaimReview)" in lines[str(tmp_path / "page.html")]
    assert lines[str(tmp_path / "feed.json")] == "3 added, 0 updated, 0 unchanged, 0 skipped"
    assert lines[str(tmp_path / "reviews.jsonl.gz")].startswith("2 added")
    kept = stored(db)
    assert sorted(kept) == sorted(f"https://factcheck.example/{n}" for n in range(1, 16))
    one = kept["https://factcheck.example/7"]
    assert (one.publisher, one.published, one.rating, one.language, one.claimant) == (
        "AFP Fact Check",
        "2020-05-08",
        "False",
        "en",
        "A. Blogger",
    )
    assert one.claim.startswith("Claim number 7") and one.headline == "Fact check 7"
    code, out, _ = run("archive", "stats", "--database", db)
    assert "15 published fact-checks" in out and "AFP Fact Check" in out and "2020" in out


def test_reimport_is_idempotent_and_updates_what_changed(tmp_path: Path, db: str) -> None:
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(feed([review(1), review(2), review(3)])), encoding="utf-8")
    assert run("archive", "import", "--database", db, str(source))[1].startswith(f"{source}: 3 added")
    _, again, _ = run("archive", "import", "--database", db, str(source))
    assert again.strip() == f"{source}: 0 added, 0 updated, 3 unchanged, 0 skipped"

    changed = review(2, reviewRating={"@type": "Rating", "alternateName": "Mostly false"})
    source.write_text(json.dumps(feed([review(1), changed, review(3), review(4)])), encoding="utf-8")
    _, third, _ = run("archive", "import", "--database", db, str(source))
    assert third.strip() == f"{source}: 1 added, 1 updated, 2 unchanged, 0 skipped"
    kept = stored(db)
    assert len(kept) == 4 and kept["https://factcheck.example/2"].rating == "Mostly false"


def test_bad_records_are_skipped_with_their_reasons(tmp_path: Path, db: str) -> None:
    records = [
        review(1),
        review(2, claimReviewed=""),
        review(3, claimReviewed=None),
        review(4, datePublished="last Tuesday"),
        review(5, datePublished="2021-02-30"),
        {"@type": "Article", "headline": "Not a fact-check"},
        review(6, url=None),
        review(7, url=None, identifier="afp-777"),
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, _ = run("archive", "import", "--database", db, str(source))
    assert code == 0
    assert out.strip() == (
        f"{source}: 2 added, 0 updated, 0 unchanged, 6 skipped (2 no claimReviewed, 2 bad date, "
        "1 not a ClaimReview, 1 no url or identifier)"
    )
    assert sorted(stored(db)) == ["afp-777", "https://factcheck.example/1"]


@pytest.mark.parametrize(
    "name, body",
    [
        ("feed.json", json.dumps(feed([review(n) for n in range(1, 50)]))[:-40]),  # cut short
        ("reviews.jsonl", json.dumps(review(1)) + "\n" + json.dumps(review(2)) + "\n{not json\n"),
        ("reviews.jsonl.gz", None),  # gzip cut in the middle
        ("feed.json.gz", "plain text, not gzip"),
    ],
)
def test_a_malformed_file_is_one_line_exit_2_and_nothing_imported(
    tmp_path: Path, db: str, name: str, body: str | None
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps([review(900)]), encoding="utf-8")
    path = tmp_path / name
    if body is None:
        whole = gzip.compress("".join(json.dumps(review(n)) + "\n" for n in range(1, 3000)).encode())
        path.write_bytes(whole[: len(whole) // 2])
    else:
        path.write_text(body, encoding="utf-8")
    result = cli("archive", "import", "--database", db, str(good), str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stderr and "nothing from it was imported" in result.stderr
    assert list(stored(db)) == ["https://factcheck.example/900"]  # the good file before it stays whole


def test_progress_is_shown_on_a_terminal_only(tmp_path: Path, db: str) -> None:
    import pty

    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps(review(n)) + "\n" for n in range(2500)), encoding="utf-8")
    piped = cli("archive", "import", "--database", db, str(source))
    assert piped.returncode == 0 and piped.stderr == ""
    controller, terminal = pty.openpty()
    try:
        shown = subprocess.run(
            [sys.executable, "-m", "bot.cli", "archive", "import", "--database", db, str(source)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    assert shown.returncode == 0 and "2500 unchanged" in shown.stdout
    assert b"records read" in seen


def test_missing_files_and_pages_without_json_ld_are_one_line(tmp_path: Path, db: str) -> None:
    (tmp_path / "plain.html").write_text("<html><body>No structured data</body></html>", encoding="utf-8")
    for source, words in ((tmp_path / "nope.json", "no such file"), (tmp_path / "plain.html", "holds no JSON-LD")):
        code, _, err = run("archive", "import", "--database", db, str(source))
        assert code == 2 and words in err and err.count("\n") == 1


def test_a_link_is_fetched_through_the_safe_fetcher(db: str) -> None:
    class Pages(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/fact-check.html":
                respond(self, 200, page(VARENO).encode(), "text/html; charset=utf-8")
            else:
                respond(self, 200, json.dumps(feed(DECOYS)).encode(), "application/json")

    with serving(loopback_server(Pages)) as server:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        refused = cli("archive", "import", "--database", db, f"{base}/feed.json")
        allowed = cli(
            "archive",
            "import",
            "--database",
            db,
            f"{base}/fact-check.html",
            f"{base}/feed.json",
            env={"CLAIMCHECK_ALLOW_PRIVATE_URLS": "1"},
        )
    assert refused.returncode == 2 and "could not be fetched" in refused.stderr
    assert allowed.returncode == 0, allowed.stderr
    assert "fact-check.html: 1 added" in allowed.stdout and "feed.json: 3 added" in allowed.stdout
    searched = cli("archive", "search", "--database", db, "Shelling", "killed", "32", "civilians", "in", "Vareno")
    assert f"{NOTE} ({LINK})" in searched.stdout.splitlines()[0]


def test_a_feed_link_follows_redirects_and_refuses_errors_types_and_size_with_one_reason(tmp_path: Path) -> None:
    from bot.archive.fetch import download
    from bot.links.fetch import FetchError

    body = json.dumps(feed(DECOYS)).encode()

    class Feeds(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/moved":
                respond(self, 302, b"", "text/plain", {"Location": "/feed.json"})
            elif self.path == "/feed.json":
                respond(self, 200, body, "application/json")
            elif self.path == "/photo.jpg":
                respond(self, 200, b"\xff\xd8", "image/jpeg")
            else:
                respond(self, 404, b"gone", "text/plain")

    fetch = replace(load_config(environ={}).fetch, allow_private_addresses=True)
    with serving(loopback_server(Feeds)) as server:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with (tmp_path / "feed.json").open("wb") as into:
            assert download(f"{base}/moved", fetch, into, max_bytes=1_000_000, seconds=10) == f"{base}/feed.json"
        assert (tmp_path / "feed.json").read_bytes() == body
        for path, limit, reason in (
            ("/missing", 1_000_000, "answered HTTP 404"),
            ("/photo.jpg", 1_000_000, "is an image"),
            ("/feed.json", 10, "larger than"),
        ):
            with pytest.raises(FetchError, match=reason), (tmp_path / "x").open("wb") as into:
                download(f"{base}{path}", fetch, into, max_bytes=limit, seconds=10)


# -- the match on the checklist ------------------------------------------------------------------


def _fill(store: Store, records: list[dict[str, Any]], folder: Path) -> None:
    from bot.archive.importing import import_file

    path = folder / "archive.json"
    path.write_text(json.dumps(feed(records)), encoding="utf-8")
    import_file(store, path, "archive.json")


@pytest.fixture
def app(tmp_path: Path, db: str) -> Iterator[App]:
    built = create_app(load_config(environ={}), database_url=db)
    _fill(built.store, [VARENO, *DECOYS], tmp_path)
    yield built
    built.close()


def _note(checklist: Any) -> dict[str, Any]:
    claim = next(c for c in checklist.claims if "23 civilians" in c.text)
    assert claim.memory and claim.memory.get("published"), claim
    return dict(claim.memory["published"])


def test_a_claim_checked_before_carries_the_match_into_reports_and_exports(app: App) -> None:
    from bot.core import reports

    checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
    match = _note(checklist)
    assert (match["publisher"], match["date"], match["rating"], match["url"]) == ("Snopes", "2021-03-02", "False", LINK)
    assert match["figures_differ"] and match["reviewed_figures"] == ["32 civilians were killed", "71 wounded"]
    claim = next(c for c in checklist.claims if "23 civilians" in c.text)
    assert (
        reports.memory_note(claim) == f"{NOTE} ({LINK}); figures differ, reviewed: 32 civilians were killed, 71 wounded"
    )
    report = reports.build_report(checklist)
    assert NOTE in reports.render(report, "text") and NOTE in reports.render(report, "csv")
    exported = json.loads(reports.render(report, "json"))
    assert any((c["seen_before"] or {}).get("published", {}).get("url") == LINK for c in exported["claims"])


def test_an_import_in_this_process_reaches_the_next_checklist(tmp_path: Path, db: str) -> None:
    app = create_app(load_config(environ={}), database_url=db)
    try:
        before = app.workflow.submit(ARTICLE, "dana", PLACE)
        assert not any(c.memory for c in before.claims)
        _fill(app.store, [VARENO], tmp_path)
        assert app.workflow.published is not None
        app.workflow.published.refresh()
        after = app.workflow.submit(ARTICLE + "\n", "dana", PLACE)
        assert _note(after)["url"] == LINK
    finally:
        app.close()


def test_an_import_by_another_process_is_picked_up_without_holding_up_a_checklist(tmp_path: Path, db: str) -> None:
    app = create_app(load_config(environ={}), database_url=db)
    try:
        _fill(app.store, DECOYS, tmp_path)
        first = app.workflow.submit(ARTICLE, "dana", PLACE)  # builds the index over the decoys
        assert not any((c.memory or {}).get("published", {}).get("url") == LINK for c in first.claims)
        (tmp_path / "more.json").write_text(json.dumps([VARENO]), encoding="utf-8")
        assert cli("archive", "import", "--database", db, str(tmp_path / "more.json")).returncode == 0
        published = app.workflow.published
        assert published is not None
        app.workflow.submit(ARTICLE + "\n", "dana", PLACE)  # the old index answers; a new one is built meanwhile
        for _ in range(1200):
            if not published._rebuilding and published._revision == app.store.archive.revision():
                break
            threading.Event().wait(0.05)
        later = app.workflow.submit(ARTICLE + "\n\n", "dana", PLACE)
        assert _note(later)["url"] == LINK
    finally:
        app.close()


def test_the_match_shows_in_the_console_checklist(tmp_path: Path, db: str) -> None:
    (tmp_path / "archive.json").write_text(json.dumps(feed([VARENO, *DECOYS])), encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli("archive", "import", "--database", db, str(tmp_path / "archive.json")).returncode == 0
    session = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--user", "dana", "--database", db],
        input=f"/factcheck {tmp_path / 'article.txt'}\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert session.returncode == 0, session.stderr
    line = next(ln for ln in session.stdout.splitlines() if "Checked before by Snopes" in ln)
    assert f"{NOTE} ({LINK}); figures differ" in line


def test_the_match_shows_in_the_slack_checklist(tmp_path: Path, db: str) -> None:
    from tests.fakeslack import fake_slack
    from tests.test_slack import Slack, _post_article

    config = load_config(environ={})
    config = replace(config, slack=replace(config.slack, post_interval_seconds=0.0, edit_interval_seconds=0.05))
    app = create_app(config, database_url=db)
    _fill(app.store, [VARENO, *DECOYS], tmp_path)
    with fake_slack() as fake:
        bot = Slack(app, fake)
        try:
            posts = _post_article(bot)
        finally:
            bot.executor.shutdown(wait=True)
            bot.adapter.editor.stop()
    app.close()
    shown = [json.dumps(p["blocks"]) for p in posts if "23 civilians" in json.dumps(p["blocks"])]
    assert len(shown) == 1 and NOTE.replace("'", "'") in json.loads(shown[0])[0]["text"]["text"]
    assert "figures differ" in shown[0]


def test_the_match_shows_in_the_discord_checklist(tmp_path: Path, db: str) -> None:
    import discord

    from bot.chat.discord.adapter import use_api_url
    from tests.fakediscord import fake_discord
    from tests.test_discord import Bot, _checklist

    app = create_app(load_config(environ={}), database_url=db)
    _fill(app.store, [VARENO, *DECOYS], tmp_path)
    original = discord.http.Route.BASE
    try:
        with fake_discord() as fake:
            use_api_url(fake.url)

            async def scenario() -> list[dict[str, Any]]:
                bot = Bot(app, fake)
                await bot.start()
                await _checklist(bot)
                await bot.client.close()
                return bot.channel_posts()

            posts = asyncio.run(scenario())
    finally:
        discord.http.Route.BASE = original
        app.close()
    shown = [p["content"] for p in posts if "23 civilians" in p["content"]]
    assert len(shown) == 1 and NOTE in shown[0] and "figures differ" in shown[0]


# -- the fact-check API, behind a local fake ---------------------------------------------------------

API_KEY = "AIzaSyTESTKEY-not-a-real-key-0123456789"


class FakeFactCheckApi:
    """Google's claims:search as it answers: fast, slow (until released), failing or rate limited."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.calls: list[dict[str, Any]] = []
        self.release = threading.Event()
        fake = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802
                fake.calls.append(
                    {
                        "query": parse_qs(urlsplit(self.path).query),
                        "key": self.headers.get("X-Goog-Api-Key"),
                        "path": self.path,
                    }
                )
                if fake.mode == "slow":
                    fake.release.wait(30)
                if fake.mode == "fail":
                    respond(self, 500, b'{"error": {"code": 500}}', "application/json")
                elif fake.mode == "limited":
                    respond(self, 429, b'{"error": {"code": 429}}', "application/json", {"Retry-After": "3600"})
                else:
                    respond(self, 200, json.dumps(fake.answer()).encode(), "application/json")

        self.server = loopback_server(Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1alpha1/claims:search"

    @staticmethod
    def answer() -> dict[str, Any]:
        return {
            "claims": [
                {
                    "text": VARENO["claimReviewed"],
                    "claimant": "Social media posts",
                    "claimDate": "2021-03-01T00:00:00Z",
                    "claimReview": [
                        {
                            "publisher": {"name": "Snopes", "site": "snopes.com"},
                            "url": LINK,
                            "title": VARENO["headline"],
                            "reviewDate": "2021-03-02T00:00:00Z",
                            "textualRating": "False",
                            "languageCode": "en",
                        }
                    ],
                }
            ]
        }


@pytest.fixture
def api() -> Iterator[FakeFactCheckApi]:
    fake = FakeFactCheckApi()
    with serving(fake.server):
        yield fake
        fake.release.set()


def _api_app(db: str, api: FakeFactCheckApi, seconds: float) -> App:
    config: AppConfig = load_config(
        environ={"CLAIMCHECK_FACTCHECK_API_KEY": API_KEY, "CLAIMCHECK_FACTCHECK_API_URL": api.url}
    )
    return create_app(replace(config, archive=replace(config.archive, lookup_seconds=seconds)), database_url=db)


def test_the_api_answers_when_the_archive_has_nothing(
    api: FakeFactCheckApi, db: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    app = _api_app(db, api, seconds=30)  # answered at once: the budget is never reached
    try:
        checklist = app.workflow.submit(CLAIM, "dana", PLACE)
        assert _note(checklist)["url"] == LINK
        calls = len(api.calls)
        assert calls >= 1 and all(c["key"] == API_KEY and API_KEY not in c["path"] for c in api.calls)
        assert CLAIM in api.calls[0]["query"]["query"][0]
        # asked once: the answer is cached in the store, and its review joins the archive
        again = app.workflow.submit(CLAIM + " ", "dana", PLACE)
        assert _note(again)["url"] == LINK and len(api.calls) == calls
        assert LINK in stored(db)
    finally:
        app.close()
    assert API_KEY not in caplog.text


def test_a_slow_api_is_skipped_and_its_late_answer_cached(api: FakeFactCheckApi, db: str) -> None:
    api.mode = "slow"
    app = _api_app(db, api, seconds=0.2)
    try:
        checklist = app.workflow.submit(CLAIM, "dana", PLACE)  # returns once the budget is spent
        assert not any(c.memory for c in checklist.claims)
        api.release.set()  # the API answers late: the answer is kept for the next time
        published = app.workflow.published
        assert published is not None and published._pool is not None
        published._pool.shutdown(wait=True)
        published._pool = None
        api.mode = "ok"
        later = app.workflow.submit(CLAIM + " ", "dana", PLACE)
        assert _note(later)["url"] == LINK
    finally:
        app.close()


@pytest.mark.parametrize("mode", ["fail", "limited"])
def test_a_failing_or_rate_limited_api_is_skipped(
    api: FakeFactCheckApi, db: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.mode = mode
    app = _api_app(db, api, seconds=30)
    try:
        checklist = app.workflow.submit(ARTICLE, "dana", PLACE)
        assert len(checklist.claims) > 1 and not any(c.memory for c in checklist.claims)
        asked = len(api.calls)
        assert asked >= 1
        app.workflow.submit("Police said 14 people were killed in the attack on the port on Tuesday.", "dana", PLACE)
        # a rate-limited API is left alone until its Retry-After has passed; a failing one is asked again
        assert (len(api.calls) == asked) == (mode == "limited")
    finally:
        app.close()
    assert API_KEY not in caplog.text


# -- the newsroom's own verdicts, out and back in ------------------------------------------------


def test_the_claimreview_export_is_read_back_unchanged(tmp_path: Path, db: str) -> None:
    session = (ROOT / "examples" / "console-session.txt").read_text(encoding="utf-8")
    played = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--user", "dana", "--database", db],
        input=session,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert played.returncode == 0, played.stderr
    exported = cli("report", "--format", "claimreview", "--database", db)
    assert exported.returncode == 0, exported.stderr
    reviews = json.loads(exported.stdout)
    assert len(reviews) >= 2 and all(r["@type"] == "ClaimReview" for r in reviews)
    path = tmp_path / "ours.jsonld"
    path.write_text(exported.stdout, encoding="utf-8")
    other_desk = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    code, out, err = run("archive", "import", "--database", other_desk, str(path))
    assert code == 0 and out.strip().endswith(f"{len(reviews)} added, 0 updated, 0 unchanged, 0 skipped"), err
    kept = stored(other_desk)
    for r in reviews:
        back = kept[r["identifier"]]
        assert back.claim == r["claimReviewed"] and back.url == r.get("url")
        assert back.published == r["datePublished"] and back.rating == r["reviewRating"]["alternateName"]
        assert back.publisher == r["author"]["name"]
        assert back.claimant == (r["itemReviewed"].get("author") or {}).get("name")
    # and once more: nothing changes
    assert (
        run("archive", "import", "--database", other_desk, str(path))[1]
        .strip()
        .endswith(f"0 added, 0 updated, {len(reviews)} unchanged, 0 skipped")
    )


# -- PostgreSQL --------------------------------------------------------------------------------------


def test_import_and_reimport_on_postgresql(tmp_path: Path) -> None:
    base = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL", "")
    if not base:
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set: no PostgreSQL to test against")
    # a database of its own, so that other tests' clean-ups and this one never meet
    try:
        with create_engine(base, isolation_level="AUTOCOMMIT").connect() as connection:
            connection.execute(text("DROP DATABASE IF EXISTS claimcheck_archive_test WITH (FORCE)"))
            connection.execute(text("CREATE DATABASE claimcheck_archive_test"))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at CLAIMCHECK_TEST_POSTGRES_URL does not answer ({type(exc).__name__})")
    url = base.rsplit("/", 1)[0] + "/claimcheck_archive_test"
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(feed([review(1), review(2), review(2), review(3, claimReviewed="")])), "utf-8")
    assert (
        run("archive", "import", "--database", url, str(source))[1]
        .strip()
        .endswith("2 added, 0 updated, 0 unchanged, 1 skipped (1 no claimReviewed)")
    )
    source.write_text(json.dumps(feed([review(1), review(2, headline="New")])), "utf-8")
    assert (
        run("archive", "import", "--database", url, str(source))[1]
        .strip()
        .endswith("0 added, 1 updated, 1 unchanged, 0 skipped")
    )
    assert stored(url)["https://factcheck.example/2"].headline == "New"


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2021-03-02", "2021-03-02"),
        ("2021-03-02T10:00:00Z", "2021-03-02"),
        ("  2021-03-02 ", "2021-03-02"),
        ("2021-W09-2", "2021-03-02"),
        (None, None),
        ("2021-13-02", ValueError),
        ("1899-12-31", ValueError),
        ("2021/03/02", ValueError),
    ],
)
def test_a_publication_day_is_read_from_any_iso_date_and_a_wrong_one_is_refused(value: Any, day: Any) -> None:
    from bot.archive.claimreview import day_of

    if day is ValueError:
        with pytest.raises(ValueError):
            day_of(value)
    else:
        assert day_of(value) == day
