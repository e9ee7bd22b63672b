"""Fetching links safely, against real servers on loopback: pages, faults, and refused addresses."""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import load_config
from bot.links.fetch import FetchError, fetch_article, is_public, parse_link
from claims import extract_claims
from tests.webserver import Web, serving

ROOT = Path(__file__).resolve().parents[1]
OPEN = replace(load_config(environ={}).fetch, allow_private_addresses=True, timeout_seconds=3)
CLOSED = replace(OPEN, allow_private_addresses=False)
ARTICLE_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Army Retakes Border Town</title>
<link rel="canonical" href="https://news.example/army-retakes-town"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now for $1</nav>
<article><h1>Army Retakes Border Town</h1>
<p>Government troops recaptured the border town of Vareno on Tuesday after four days of fighting, the defence
ministry said, pushing rebel units back across the river.</p>
<p>The health ministry said 23 civilians were killed and 71 wounded in shelling on the town's market last week.</p>
<p>At the United Nations, the Security Council failed to adopt a resolution calling for a humanitarian pause
after Russia voted against it and China abstained.</p></article>
<footer>Copyright 2025 News Example. All rights reserved.</footer></body></html>"""


@pytest.fixture
def web() -> Iterator[Web]:
    with serving() as server:
        yield server


def test_an_article_page_gives_its_text_title_and_canonical_link(web: Web) -> None:
    web.page("/story", ARTICLE_HTML.encode())
    page = fetch_article(web.url("/story"), OPEN)
    assert page.title == "Army Retakes Border Town"
    assert "23 civilians were killed" in page.text and "Subscribe" not in page.text
    assert page.canonical_url == "https://news.example/army-retakes-town"
    claims = extract_claims(page.text)
    assert any(c.type == "casualties" for c in claims)


def test_a_page_in_another_charset_is_decoded(web: Web) -> None:
    html = ARTICLE_HTML.replace('<meta charset="utf-8">', "").replace("Vareno", "Varèno")
    web.page("/latin", html.encode("windows-1252"), content_type="text/html; charset=windows-1252")
    assert "Varèno" in fetch_article(web.url("/latin"), OPEN).text


def test_plain_text_goes_through_as_pasted(web: Web) -> None:
    text = (ROOT / "examples" / "article.txt").read_bytes()
    web.page("/plain.txt", text, content_type="text/plain; charset=utf-8")
    page = fetch_article(web.url("/plain.txt"), OPEN)
    assert [c.text for c in extract_claims(page.text)] == [c.text for c in extract_claims(text.decode())]


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda w: w.page("/img", b"\x89PNG....", content_type="image/png"), "is an image"),
        (lambda w: w.page("/doc", b"%PDF-1.7", content_type="application/pdf"), "PDF; paste the text"),
        (lambda w: None, "not found (HTTP 404)"),
        (lambda w: w.page("/broken", b"oops", status=500), "HTTP 500"),
        (lambda w: [w.redirect(f"/loop{i}", f"/loop{i + 1}") for i in range(10)], "redirects more than 5 times"),
        (lambda w: w.huge("/huge"), "larger than 5 MB"),
        (lambda w: w.gzip_bomb("/bomb"), "larger than 5 MB"),
    ],
)
def test_faults_end_in_one_clear_sentence(web: Web, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    setup(web)
    path = {
        "is an image": "/img",
        "PDF; paste the text": "/doc",
        "not found (HTTP 404)": "/missing",
        "HTTP 500": "/broken",
        "redirects more than 5 times": "/loop0",
        "larger than 5 MB": None,
    }[message]
    path = path or ("/huge" if "/huge" in web.routes else "/bomb")
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape(message)):
        fetch_article(web.url(path), OPEN)
    assert time.monotonic() - started < OPEN.timeout_seconds + 2


def test_a_page_that_drips_one_byte_a_second_stops_at_the_deadline(web: Web) -> None:
    web.drip("/drip")
    started = time.monotonic()
    with pytest.raises(FetchError, match="longer than 3 seconds"):
        fetch_article(web.url("/drip"), OPEN)
    assert time.monotonic() - started < OPEN.timeout_seconds + 1.5


def test_private_addresses_are_refused_and_never_contacted(web: Web) -> None:
    web.page("/story", ARTICLE_HTML.encode())
    stub = lambda host, port: ["127.0.0.1"]  # noqa: E731 - a name that resolves to loopback
    for link in [
        "http://news.example/story",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://127.0.0.1/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://10.1.2.3/",
    ]:
        with pytest.raises(FetchError, match="private network address|numeric address"):
            fetch_article(link, CLOSED, resolver=stub)
    assert web.requests == []


@pytest.mark.parametrize(
    "link, message",
    [
        ("ftp://news.example/file", "Only http and https"),
        ("http://user:secret@news.example/", "user name or password"),
        ("http://news.example:8080/", "port 8080"),
        ("http://:80/", "no host name"),
    ],
)
def test_links_of_the_wrong_shape_are_refused(link: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        parse_link(link)


def test_each_redirect_is_checked_again() -> None:
    with serving("127.0.0.1") as web, serving("127.0.0.2") as sentinel:
        sentinel.page("/secret", b"internal")
        web.redirect("/go", sentinel.url("/secret"))
        only_first = lambda address: address == "127.0.0.1"  # noqa: E731 - this test's notion of "public"
        with pytest.raises(FetchError, match="private network address"):
            fetch_article(web.url("/go"), OPEN, allowed=only_first)
        assert sentinel.requests == []


def test_the_host_is_resolved_once_and_the_checked_address_is_used(web: Web) -> None:
    """A resolver that changes its answer (DNS rebinding) is asked once; the connection goes to the
    address that was checked, with the link's name kept in the Host header."""
    web.page("/story", ARTICLE_HTML.encode())
    answers = [["127.0.0.1"], ["127.0.0.2"]]  # the second answer leads nowhere: no server there
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls), 2) - 1]

    page = fetch_article(f"http://news.example:{web.port}/story", OPEN, resolver=rebinding)
    assert page.title == "Army Retakes Border Town"
    assert calls == ["news.example"]
    assert web.requests == [("/story", f"news.example:{web.port}")]


@pytest.mark.parametrize(
    "address, public",
    [
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("::ffff:127.0.0.1", False),
        ("64:ff9b::a00:1", False),
        ("2002:c0a8:101::", False),
        ("fd00::1", False),
        ("::1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_address_classes(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_the_cli_extracts_from_a_local_link_as_from_the_pasted_text(web: Web) -> None:
    import os
    import subprocess
    import sys

    web.page("/plain.txt", (ROOT / "examples" / "article.txt").read_bytes(), content_type="text/plain")
    env = {**os.environ, "CLAIMCHECK_ALLOW_PRIVATE_URLS": "1"}
    by_link = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", "--format", "json", web.url("/plain.txt")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    by_file = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", "--format", "json", str(ROOT / "examples" / "article.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert json.loads(by_link.stdout)["claims"] == json.loads(by_file.stdout)["claims"]
    refused = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", web.url("/plain.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "CLAIMCHECK_ALLOW_PRIVATE_URLS"},
    )
    assert refused.returncode == 2 and "not fetched" in refused.stderr


def test_real_pages_from_the_benchmark_give_their_text(shared: Path, web: Web) -> None:
    data = shared / "eval" / "data" / "article-extraction"
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    for item_id in sorted(truth)[:5]:
        web.page(f"/{item_id}", gzip.decompress((data / "html" / f"{item_id}.html.gz").read_bytes()))
        page = fetch_article(web.url(f"/{item_id}"), OPEN)
        expected = truth[item_id]["articleBody"]
        words = expected.split()
        assert " ".join(words[:8]) in " ".join(page.text.split()) or len(
            set(words) & set(page.text.split())
        ) > 0.8 * len(set(words))


def test_a_link_pasted_twice_is_fetched_once(web: Web, tmp_path: Path) -> None:
    from bot.app import create_app
    from bot.core.service import Place

    web.page("/story", ARTICLE_HTML.encode())
    config = replace(load_config(environ={}), fetch=OPEN)
    app = create_app(config, database_url=f"sqlite:///{tmp_path / 'links.sqlite3'}")
    first = app.workflow.submit(web.url("/story"), "dana", Place("console", "console", "c1"))
    second = app.workflow.submit(web.url("/story"), "lee", Place("console", "console", "c2"))
    app.close()
    assert len(web.requests) == 1
    assert first.url == second.url == "https://news.example/army-retakes-town"
    assert [c.text for c in first.claims] == [c.text for c in second.claims]


EVIL_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Everything Is Fine</title>
<link rel="canonical" href="{canonical}"></head><body><article><h1>Everything Is Fine</h1>
<p>The health ministry said nobody was killed or wounded in the shelling of the town's market last week.</p>
<p>The defence ministry said the border town of Vareno was never recaptured by government troops.</p>
</article></body></html>"""


def _links_app(tmp_path: Path, **fetch: float):  # type: ignore[no-untyped-def]
    from bot.app import create_app

    config = replace(load_config(environ={}), fetch=replace(OPEN, **fetch))
    return create_app(config, database_url=f"sqlite:///{tmp_path / 'links.sqlite3'}")


def test_a_page_claiming_another_address_as_canonical_does_not_poison_it(web: Web, tmp_path: Path) -> None:
    """Before: the attacker's page was cached under the canonical link it declared, for every workspace,
    forever, and the next paste of the real link got the attacker's text without fetching it."""
    from bot.core.service import Place

    web.page("/story", ARTICLE_HTML.encode())
    web.page("/evil", EVIL_HTML.format(canonical=web.url("/story")).encode())
    app = _links_app(tmp_path)
    try:
        app.workflow.submit(web.url("/evil"), "mallory", Place("slack", "T-attacker", "C1"))
        for workspace in ("T-attacker", "T-victim"):
            real = app.workflow.submit(web.url("/story"), "dana", Place("slack", workspace, "C1"))
            assert any("23 civilians were killed" in c.text for c in real.claims)
    finally:
        app.close()
    assert [path for path, _ in web.requests] == ["/evil", "/story", "/story"]


def test_the_page_cache_is_per_workspace_keeps_redirect_targets_and_ages(web: Web, tmp_path: Path) -> None:
    from bot.core.service import Place

    web.page("/story", ARTICLE_HTML.encode())
    web.redirect("/short", "/story")
    app = _links_app(tmp_path)
    try:
        app.workflow.submit(web.url("/short"), "dana", Place("slack", "T1", "C1"))
        app.workflow.submit(web.url("/story"), "dana", Place("slack", "T1", "C2"))  # the redirect's target: kept
        app.workflow.submit(web.url("/short"), "lee", Place("slack", "T2", "C1"))  # another workspace: fetched
    finally:
        app.close()
    assert [path for path, _ in web.requests] == ["/short", "/story", "/short", "/story"]
    web.requests.clear()
    # an age limit of a microsecond: every paste fetches again
    app = _links_app(tmp_path, cache_hours=1e-9)
    try:
        for channel in ("C1", "C2"):
            app.workflow.submit(web.url("/story"), "dana", Place("slack", "T1", channel))
    finally:
        app.close()
    assert [path for path, _ in web.requests] == ["/story", "/story"]


def _fetch_in_threads(links: list[str], config):  # type: ignore[no-untyped-def]
    """Fetch each link in its own thread (as listener threads would); the errors, and threads still running
    well past the deadline."""
    import threading

    errors: list[str] = []

    def fetch(link: str) -> None:
        try:
            fetch_article(link, config)
            errors.append("fetched")
        except FetchError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=fetch, args=(link,), daemon=True) for link in links]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(config.timeout_seconds * 4)
    return errors, sum(thread.is_alive() for thread in threads)


@pytest.mark.parametrize("fault", ["drip_headers", "endless_gzip_header"])
def test_ten_links_that_drip_headers_or_a_gzip_header_all_stop_at_the_deadline(web: Web, fault: str) -> None:
    """Before: a status line and headers sent one byte a second (or a gzip header that never ends) ran
    as long as the server went on: every read got its byte before the read timeout. Ten of them held
    ten listener threads."""
    getattr(web, fault)("/slow")
    errors, still_running = _fetch_in_threads([web.url(f"/slow?{i}") for i in range(10)], OPEN)
    assert still_running == 0
    assert errors == [f"The page took longer than {OPEN.timeout_seconds:g} seconds."] * 10


def test_a_gzip_body_sent_as_html_is_inflated_only_up_to_the_cap(web: Web) -> None:
    """Before: the page reader inflated a gzip body (no Content-Encoding) far past the 5 MB cap."""
    paragraph = b"<p>The ministry said 12 people were killed in the attack on the market on Tuesday.</p>\n"
    web.page("/packed", gzip.compress(b"<html><body><article>" + paragraph * 700_000 + b"</article></body></html>"))
    with pytest.raises(FetchError, match="larger than 5 MB once decompressed"):
        fetch_article(web.url("/packed"), OPEN)
    small = gzip.compress(ARTICLE_HTML.encode())
    web.page("/small-packed", small)
    assert "23 civilians were killed" in fetch_article(web.url("/small-packed"), OPEN).text


def test_a_page_of_too_many_elements_is_refused_before_it_is_read(web: Web) -> None:
    """Before: 100,000 paragraphs (5 MB) took minutes to read, 200,000 longer, holding the thread."""
    web.page("/many", b"<html><body>" + b"<p>word</p>" * 100_000 + b"</body></html>")
    with pytest.raises(FetchError, match="100,002 elements, more than the 20,000"):
        fetch_article(web.url("/many"), OPEN)


def test_reading_a_page_stops_at_the_deadline(web: Web) -> None:
    """With the element cap lifted, reading 100,000 paragraphs (minutes) stops at the fetch's deadline,
    and the reader is stopped with it."""
    paragraph = "<p>The ministry said {} people were killed.</p>"
    web.page("/slow-read", ("<html><body><article>" + "".join(paragraph.format(i) for i in range(100_000))).encode())
    config = replace(OPEN, max_elements=1_000_000, timeout_seconds=2)
    errors, still_running = _fetch_in_threads([web.url("/slow-read")], config)
    assert still_running == 0
    assert errors == ["Reading the page's text took longer than 2 seconds; paste the article's text instead."]


def test_an_ipv6_address_keeps_its_brackets_in_the_host_header() -> None:
    """Before: Host: ::1:PORT, which servers cannot parse."""
    with serving("::1") as web:
        web.page("/story", ARTICLE_HTML.encode())
        assert "23 civilians" in fetch_article(web.url("/story"), OPEN).text
        assert web.requests == [("/story", f"[::1]:{web.port}")]
