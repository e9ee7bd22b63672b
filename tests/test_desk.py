"""The desk's workflow (bot/core/desk.py) on a real SQLite file and a real PostgreSQL: taking claims,
notes and sources, sign-off, deadlines and reminders, what to check first; then the console."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.app import App, create_app
from bot.config import AppConfig, load_config
from bot.core import reports
from bot.core.deadlines import parse_due
from bot.core.desk import Desk, numbered_note
from bot.core.desk_text import check_first
from bot.core.posting import post_checklist
from bot.core.service import ChecklistView, NotFoundError, Place
from bot.core.statuses import derive_status
from bot.store import StatusEvent
from claims import ClaimCheckError
from tests.helpers import RecordingSender, fresh_postgres

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NEWSROOM = Place("slack", "T1", "C1")
HOSTILE = '<!here> <script>alert(1)</script> =HYPERLINK("http://evil") | [x](javascript:alert(1)) @everyone'


class Clock:
    """Time that moves only when a test moves it."""

    def __init__(self, start: datetime | None = None) -> None:
        # from the real present: the store stamps a checklist's submission with the real time
        self.now = start or datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def desk_config(**workflow: object) -> AppConfig:
    config = load_config(environ={})
    return replace(config, workflow=replace(config.workflow, **workflow))  # type: ignore[arg-type]


@pytest.fixture
def postgres() -> Iterator[str]:
    """A fresh PostgreSQL database for one test (dropped after it)."""
    with fresh_postgres("claimcheck_desk") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return str(request.getfixturevalue("postgres"))


def open_app(url: str, clock: Clock, config: AppConfig | None = None) -> App:
    app = create_app(config or desk_config(), database_url=url)
    app.workflow.clock = clock
    return app


def posted(app: App, place: Place = NEWSROOM) -> ChecklistView:
    checklist = app.workflow.submit(ARTICLE, "dana", place)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="test")
    return checklist


def react(app: App, checklist: ChecklistView, number: int, who: str, emoji: str, when: datetime) -> None:
    app.workflow.react(
        who=who, emoji=emoji, place=NEWSROOM, message_id=f"{checklist.id}.{number}", added=True, when=when
    )


# -- statuses: a pure function of the events -----------------------------------------------------------
def event(who: str, status: str, minute: int, action: str = "added") -> StatusEvent:
    return StatusEvent(
        claim_id=1,
        status=status,
        action=action,
        emoji=status,
        who=who,
        platform="slack",
        occurred_at=T0 + timedelta(minutes=minute),
        via="reaction",
        note=None,
        event_key=f"{who}-{status}-{minute}-{action}",
    )


def test_taking_reads_as_checking_and_names_who_has_the_claim() -> None:
    derived = derive_status([event("dana", "taken", 1)])
    assert derived.status == "checking" and derived.assignees == ("dana",)
    released = derive_status([event("dana", "taken", 1), event("dana", "taken", 2, "removed")])
    assert released.status == "unchecked" and released.assignees == ()


def test_a_verdict_awaits_a_second_editor_and_the_same_editor_does_not_count() -> None:
    first = [event("dana", "taken", 1), event("dana", "verified", 2)]
    awaiting = derive_status(first, sign_off=2)
    assert awaiting.status == "awaiting_sign_off" and awaiting.proposed == "verified"
    assert awaiting.set_by == "dana" and awaiting.signers == ("dana",)
    again = derive_status([*first, event("dana", "verified", 3)], sign_off=2)  # her own sign-off
    assert again.status == "awaiting_sign_off"
    signed = derive_status([*first, event("lee", "verified", 4)], sign_off=2)
    assert signed.status == "verified" and signed.signers == ("dana", "lee")
    disagree = derive_status([*first, event("lee", "false", 4)], sign_off=2)
    assert disagree.status == "conflict" and disagree.conflict == {"dana": "verified", "lee": "false"}
    assert derive_status(first).status == "verified"  # a desk without sign-off: final at once


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=3))
def test_status_ignores_the_order_and_redelivery_of_events(rng: random.Random, sign_off: int) -> None:
    events = [
        event("dana", "taken", 1),
        event("dana", "verified", 2),
        event("lee", "taken", 3),
        event("lee", "taken", 4, "removed"),
        event("lee", "verified", 5),
        event("kim", "false", 6),
        event("kim", "false", 7, "removed"),
    ]
    expected = derive_status(events, sign_off)
    shuffled = events + rng.sample(events, 3)
    rng.shuffle(shuffled)
    assert derive_status(shuffled, sign_off) == expected


# -- the desk on a real store ----------------------------------------------------------------------------
def test_two_editors_take_note_source_verify_and_sign_off(url: str) -> None:
    clock = Clock()
    app = open_app(url, clock, desk_config(sign_off=2))
    desk = Desk(app.workflow, run_later=lambda job: job())
    checklist = posted(app)
    taken = desk.take(NEWSROOM, "dana", 4)
    assert taken.claim.status == "checking" and taken.claim.assignees == ("dana",)
    clock.advance(minutes=1)
    noted = desk.note(NEWSROOM, "dana", 4, "source https://example.org/monitor-report. Matches their map.")
    assert [s.url for s in noted.claim.sources] == ["https://example.org/monitor-report"]
    assert noted.claim.notes[0].who == "dana" and noted.claim.notes[0].created_at == clock.now
    clock.advance(minutes=1)
    react(app, checklist, 4, "dana", "white_check_mark", clock.now)
    view = app.workflow.checklist("T1", checklist.id).claims[3]
    assert view.status == "awaiting_sign_off" and checklist.id and view.proposed == "verified"
    clock.advance(minutes=1)
    react(app, checklist, 4, "dana", "heavy_check_mark", clock.now)  # the same editor again: no sign-off
    assert app.workflow.checklist("T1", checklist.id).claims[3].status == "awaiting_sign_off"
    clock.advance(minutes=1)
    react(app, checklist, 4, "lee", "white_check_mark", clock.now)
    final = app.workflow.checklist("T1", checklist.id)
    assert final.claims[3].status == "verified" and final.claims[3].signers == ("dana", "lee") and final.done == 1

    report = reports.build_report(final)
    data = json.loads(reports.render(report, "json"))["claims"][3]
    assert data["assignees"] == ["dana"] and data["signed_off_by"] == ["lee"]
    assert data["notes"][0]["who"] == "dana" and data["sources"][0]["url"] == "https://example.org/monitor-report"
    assert {(h["who"], h["status"]) for h in data["history"]} >= {("dana", "verified"), ("lee", "verified")}
    rows = list(csv.DictReader(io.StringIO(reports.render(report, "csv"))))
    assert rows[3]["assignees"] == "dana" and rows[3]["signed_off_by"] == "lee"
    assert "monitor-report" in rows[3]["sources"] and "Matches their map" in rows[3]["notes"]
    markdown = reports.render(report, "markdown")
    assert (
        "## Desk" in markdown and "signed off by lee" in markdown and "<https://example.org/monitor-report>" in markdown
    )
    page = reports.render(report, "html")
    assert 'class="desk-note"' in page and 'href="https://example.org/monitor-report"' in page
    desk.take(NEWSROOM, "lee", 6)
    chat = reports.render(reports.build_report(app.workflow.checklist("T1", checklist.id)), "text")
    assert "[checking: lee]" in chat
    app.close()


def test_release_and_reassign(url: str) -> None:
    clock = Clock()
    app = open_app(url, clock)
    desk = Desk(app.workflow)
    posted(app)
    assert desk.take(NEWSROOM, "dana", 2).claim.assignees == ("dana",)
    clock.advance(seconds=1)
    released = desk.take(NEWSROOM, "dana", 2)  # taking it again releases it
    assert released.claim.assignees == () and released.claim.status == "unchecked"
    clock.advance(seconds=1)
    given_away = desk.take(NEWSROOM, "dana", 2, assignee="lee")
    assert given_away.claim.assignees == ("lee",) and given_away.claim.status == "checking"
    assert given_away.claim.history[-1].note == "assigned by dana"
    mine = desk.mine("T1", "lee")
    assert [(c.id, claim.number) for c, claim in mine] == [(given_away.checklist_id, 2)]
    assert desk.mine("T1", "dana") == []
    app.close()


def test_a_note_on_a_missing_claim_gets_a_one_line_hint_and_hostile_text_stays_inert(url: str) -> None:
    app = open_app(url, Clock())
    desk = Desk(app.workflow, run_later=lambda job: job())
    posted(app)
    with pytest.raises(NotFoundError) as missing:
        desk.note(NEWSROOM, "dana", 99, "what about this")
    assert "has no claim 99" in str(missing.value) and "\n" not in str(missing.value)
    with pytest.raises(ClaimCheckError):
        desk.note(NEWSROOM, "dana", 3, "   ")
    result = desk.note(NEWSROOM, "mallory", 3, HOSTILE)
    assert result.claim.notes[0].text == HOSTILE  # kept as written; every rendering makes it inert
    report = reports.build_report(app.workflow.checklist("T1", result.checklist_id))
    page = reports.render(report, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page and 'href="javascript' not in page
    assert "<script>" not in reports.render(report, "markdown")
    notes_cell = list(csv.DictReader(io.StringIO(reports.render(report, "csv"))))[2]["notes"]
    assert not notes_cell.startswith(("=", "+", "-", "@"))
    app.close()


def test_claimreview_carries_the_notes_as_review_text_and_sources_as_citations(tmp_path: Path) -> None:
    clock = Clock()
    app = open_app(f"sqlite:///{tmp_path / 'cr.sqlite3'}", clock)
    desk = Desk(app.workflow, run_later=lambda job: job())
    checklist = posted(app)
    desk.note(NEWSROOM, "dana", 5, "The ministry's own bulletin https://example.org/bulletin says 23.")
    react(app, checklist, 5, "dana", "white_check_mark", clock.now)
    reviews = json.loads(
        reports.render(reports.build_report(app.workflow.checklist("T1", checklist.id)), "claimreview")
    )
    assert len(reviews) == 1
    review = reviews[0]
    # schema.org ClaimReview: a Review (CreativeWork) of a Claim, rated
    allowed = {
        "@context",
        "@type",
        "claimReviewed",
        "datePublished",
        "author",
        "reviewRating",
        "itemReviewed",
        "reviewBody",
        "citation",
        "url",
        "identifier",
        "name",
        "description",
        "dateModified",
        "publisher",
        "inLanguage",
        "headline",
        "sdPublisher",
    }  # fmt: skip (schema.org properties of ClaimReview and the types it inherits from)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert set(review) <= allowed
    assert review["reviewBody"].startswith("The ministry's own bulletin")
    assert review["citation"] == [{"@type": "CreativeWork", "url": "https://example.org/bulletin"}]
    assert review["reviewRating"]["@type"] == "Rating" and review["itemReviewed"]["@type"] == "Claim"
    app.close()


def test_check_first_names_casualties_votes_and_attributed_figures_and_a_beat_weighs_more(tmp_path: Path) -> None:
    app = open_app(f"sqlite:///{tmp_path / 'p.sqlite3'}", Clock())
    checklist = posted(app)
    first = check_first(checklist, app.config.workflow)
    types = {c.number: c.type for c in checklist.claims}
    assert types[first[0]] == "casualties" and len(first) == 3
    assert all(types[n] in {"casualties", "vote", "control", "percentage"} for n in first)
    app.close()
    beat = desk_config(beat=(("geneva", 5.0),))
    app = open_app(f"sqlite:///{tmp_path / 'p.sqlite3'}", Clock(), beat)
    again = app.workflow.checklist("T1", checklist.id)
    geneva = [c.number for c in again.claims if "Geneva" in c.text]
    assert check_first(again, beat.workflow)[0] in geneva
    open_report = reports.as_text(reports.build_report(again))
    still_open = open_report.split("Still open", 1)[1]
    assert still_open.index(f"  {geneva[0]}. ") < still_open.index("  1. ")
    app.close()


# -- deadlines and reminders ------------------------------------------------------------------------------
def test_deadlines_read_as_a_time_of_day_or_a_span() -> None:
    now = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
    assert parse_due("17:00", now) == datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    assert parse_due("9:15", now) == datetime(2026, 3, 3, 9, 15, tzinfo=UTC)  # tomorrow's
    assert parse_due("2h", now) == now + timedelta(hours=2)
    assert parse_due("1h30m", now) == now + timedelta(minutes=90)
    assert parse_due("17:00", now, "Europe/Berlin") == datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
    for wrong in ("tomorrow", "25:00", "0h", ""):
        with pytest.raises(ClaimCheckError):
            parse_due(wrong, now)


def test_a_reminder_is_sent_once_by_two_workers_on_one_postgresql_store(postgres: str) -> None:
    clock = Clock()
    config = desk_config(remind_before_minutes=30)
    first, second = open_app(postgres, clock, config), open_app(postgres, clock, config)
    checklist = posted(first)
    desks = [Desk(first.workflow), Desk(second.workflow)]
    desks[0].take(NEWSROOM, "dana", 5)
    desks[0].set_due(NEWSROOM, "dana", "2h")
    assert desks[1].reminders("w2") == []  # nothing due yet

    def race() -> list[str]:
        sent: list[str] = []
        barrier = threading.Barrier(4)

        def worker(desk: Desk, name: str) -> None:
            barrier.wait()
            sent.extend(r.kind for r in desk.reminders(name))

        threads = [threading.Thread(target=worker, args=(desks[i % 2], f"w{i}")) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return sent

    clock.advance(minutes=90)  # 30 minutes before the deadline
    assert race() == ["before"]
    clock.advance(minutes=10)
    assert race() == []
    clock.advance(minutes=20)  # the deadline
    assert race() == ["at"]
    clock.advance(hours=1)
    assert race() == []
    reminder_text = Desk(first.workflow).store.desk.reminders_sent(checklist.id)
    assert len(reminder_text) == 2
    first.close()
    second.close()


def test_a_reminder_survives_a_restart_and_lists_who_has_what(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'restart.sqlite3'}"
    clock = Clock()
    config = desk_config(remind_before_minutes=15, stale_minutes=40)
    app = open_app(url, clock, config)
    checklist = posted(app)
    desk = Desk(app.workflow)
    desk.set_due(NEWSROOM, "dana", "1h")
    clock.advance(minutes=30)
    desk.take(NEWSROOM, "dana", 5)
    desk.take(NEWSROOM, "lee", 9)
    react(app, checklist, 1, "lee", "white_check_mark", clock.now)
    clock.advance(minutes=15)  # 15 minutes before: the early reminder
    [before] = desk.reminders("w1")
    total = len(checklist.claims)
    assert before.kind == "before" and f"{total - 1} of {total} claims still open" in before.text
    assert "• dana: 5" in before.text and "• lee: 9" in before.text
    nobody = before.text.split("nobody took: ", 1)[1].split("\n", 1)[0]
    assert "5" not in nobody.split(", ") and "1" not in nobody.split(", ") and "2" in nobody.split(", ")
    untouched = before.text.split("untouched for 40 min: ", 1)[1]
    assert "2" in untouched.split(", ") and "5" not in untouched.split(", ")
    app.close()

    clock.advance(minutes=20)  # a new process, past the deadline
    restarted = open_app(url, clock, config)
    desk = Desk(restarted.workflow)
    assert [r.kind for r in desk.reminders("w2")] == ["at"]
    assert desk.reminders("w2") == [] and desk.reminders("w3") == []
    restarted.close()


def test_a_channel_default_deadline(tmp_path: Path) -> None:
    clock = Clock()
    app = open_app(f"sqlite:///{tmp_path / 'd.sqlite3'}", clock, desk_config(default_due=(("C1", "2h"),)))
    assert posted(app).due == clock.now + timedelta(hours=2)
    assert posted(app, Place("slack", "T1", "C2")).due is None
    app.close()


def test_numbered_thread_messages() -> None:
    assert numbered_note("4: source https://x.org") == (4, "source https://x.org")
    assert numbered_note("#12 looks wrong") == (12, "looks wrong")
    assert numbered_note("4. checked") == (4, "checked")
    assert numbered_note("thanks all") is None and numbered_note("4") is None


# -- the console ---------------------------------------------------------------------------------------------
def console(db: Path, commands: str, user: str = "dana", config: Path | None = None) -> str:
    env = {**os.environ, "CLAIMCHECK_DATABASE_URL": f"sqlite:///{db}"}
    args = ["--config", str(config)] if config else []
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args, "console", "--user", user],
        input=commands,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0 and "Traceback" not in result.stdout + result.stderr, result.stderr
    return result.stdout


def test_the_console_desk_two_editors_and_a_sign_off(tmp_path: Path) -> None:
    db = tmp_path / "console.sqlite3"
    config = tmp_path / "config.yaml"
    config.write_text("workflow:\n  sign_off: 2\n")
    out = console(
        db,
        f"/factcheck {ROOT / 'examples' / 'article.txt'}\ntake 4\nnote 4 source https://example.org/cw {HOSTILE}\n"
        "note 99 anything\ntake four\nreact 4 ✅\nreact 4 ✔️\nmine\ndue 17:00\n",
        config=config,
    )
    assert "check first: " in out and "Claim 4: checking: dana" in out
    assert "1 note · 2 sources" in out and "has no claim 99" in out and "Use: take N" in out
    assert "#1 " in out and "claim 4" in out and "is due" in out
    out = console(db, "react 4 ✅\nassign 6 dana\n/factcheck report json\n", user="lee", config=config)
    report = json.loads(out[out.index("{") :])
    claim = report["claims"][3]
    assert claim["status"] == "verified" and claim["signed_off_by"] == ["lee"] and claim["assignees"] == ["dana"]
    assert report["claims"][5]["assignees"] == ["dana"]
    mine = console(db, "mine\n", config=config)
    assert "claim 6" in mine and "claim 4" not in mine  # 4 is resolved


def test_a_source_title_is_read_through_the_fetcher_without_holding_up_the_note(tmp_path: Path) -> None:
    from bot.store import Page

    app = open_app(f"sqlite:///{tmp_path / 't.sqlite3'}", Clock())
    posted(app)
    release, asked = threading.Event(), threading.Event()

    def slow_fetcher(url: str) -> Page:
        asked.set()
        assert release.wait(60)
        return Page(url=url, text="The monitor's report.", title="Conflict Watch: monthly report")

    app.workflow.fetcher = slow_fetcher
    desk = Desk(app.workflow)  # titles in its own pool
    noted = desk.note(NEWSROOM, "dana", 4, "see https://example.org/cw-report")
    assert noted.claim.sources[0].title is None  # the note is kept before the page is read
    assert asked.wait(60)
    release.set()
    desk.close()  # waits for the title
    source = app.workflow.checklist("T1", noted.checklist_id).claims[3].sources[0]
    assert source.title == "Conflict Watch: monthly report"
    review = reports.render(reports.build_report(app.workflow.checklist("T1", noted.checklist_id)), "json")
    assert "Conflict Watch: monthly report" in review
    app.close()
