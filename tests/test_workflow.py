"""The store and the workflow service on a real SQLite file and, where one answers, a real PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from bot.app import App, create_app
from bot.config import load_config
from bot.core import reports
from bot.core.posting import post_checklist
from bot.core.service import ChecklistView, ClaimView, NoClaimsError, Place
from bot.core.statuses import derive_status
from bot.store import StatusEvent
from tests.helpers import RecordingSender, example_claim_count

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
POSTGRES_URL = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL", "")


def _postgres_or_skip() -> str:
    if not POSTGRES_URL:
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set: no PostgreSQL to test against")
    try:
        with create_engine(POSTGRES_URL).connect() as connection:
            for table in (
                "status_events",
                "messages",
                "claim_terms",
                "term_counts",
                "claims",
                "processed_events",
                "pages",
                "checklists",
                "alembic_version",
                # and every table a feature's own migration added (the desk's, the archive's, …)
                *(r[0] for r in connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'"))),
            ):
                connection.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
            connection.commit()
    except Exception as exc:  # any failure to connect means: no server here
        pytest.skip(f"PostgreSQL at CLAIMCHECK_TEST_POSTGRES_URL does not answer ({type(exc).__name__})")
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[App]:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}" if request.param == "sqlite" else _postgres_or_skip()
    built = create_app(load_config(environ={}), database_url=url)
    yield built
    built.close()


NEWSROOM = Place("slack", "T1", "C1")


def _posted(app: App, source: str = ARTICLE, place: Place = NEWSROOM) -> ChecklistView:
    checklist = app.workflow.submit(source, "dana", place)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="test")
    return checklist


def test_reactions_set_statuses_and_the_report_counts_them(app: App) -> None:
    checklist = _posted(app)
    react = app.workflow.react
    react(who="dana", emoji="white_check_mark", place=NEWSROOM, message_id=f"{checklist.id}.4", added=True, when=T0)
    react(who="lee", emoji="x", place=NEWSROOM, message_id=f"{checklist.id}.5", added=True, when=T0)
    react(who="lee", emoji="mag", place=NEWSROOM, message_id=f"{checklist.id}.6", added=True, when=T0)
    react(who="lee", emoji="thumbsup", place=NEWSROOM, message_id=f"{checklist.id}.7", added=True, when=T0)
    report = reports.build_report(app.workflow.find_checklist(NEWSROOM))
    assert report.counts["verified"] == 1 and report.counts["false"] == 1 and report.counts["checking"] == 1
    assert sum(report.counts.values()) == len(checklist.claims)
    data = reports.as_data(report)
    assert data["claims"][4]["status"] == "false" and data["claims"][4]["set_by"] == "lee"
    assert "False:" in reports.as_text(report)


def test_removing_a_reaction_falls_back_and_two_verdicts_conflict(app: App) -> None:
    checklist = _posted(app)
    message = f"{checklist.id}.5"
    react = app.workflow.react
    react(who="dana", emoji="mag", place=NEWSROOM, message_id=message, added=True, when=T0)
    react(
        who="dana",
        emoji="white_check_mark",
        place=NEWSROOM,
        message_id=message,
        added=True,
        when=T0 + timedelta(minutes=1),
    )
    result = react(who="lee", emoji="x", place=NEWSROOM, message_id=message, added=True, when=T0 + timedelta(minutes=2))
    assert result is not None and result.claim.status == "conflict"
    assert result.claim.conflict == {"dana": "verified", "lee": "false"}
    result = react(
        who="lee", emoji="x", place=NEWSROOM, message_id=message, added=False, when=T0 + timedelta(minutes=3)
    )
    assert result is not None and result.claim.status == "verified"
    result = react(
        who="dana",
        emoji="white_check_mark",
        place=NEWSROOM,
        message_id=message,
        added=False,
        when=T0 + timedelta(minutes=4),
    )
    assert result is not None and (result.claim.status, result.claim.set_by) == ("checking", "dana")
    assert len(result.claim.history) == 5  # nothing an editor did is lost


def test_a_redelivered_event_changes_nothing(app: App) -> None:
    checklist = _posted(app)
    for _ in range(4):
        app.workflow.react(
            who="dana",
            emoji="x",
            place=NEWSROOM,
            message_id=f"{checklist.id}.3",
            added=True,
            when=T0,
            event_key="Ev123",
        )
    assert len(app.workflow.checklist("T1", checklist.id).claims[2].history) == 1
    assert app.store.events.mark_processed("T1", "Ev9") and not app.store.events.mark_processed("T1", "Ev9")


def test_the_same_request_gives_the_same_checklist(app: App) -> None:
    first = app.workflow.submit(ARTICLE, "dana", NEWSROOM, request_key="Ev1")
    again = app.workflow.submit(ARTICLE, "dana", NEWSROOM, request_key="Ev1")
    assert (first.id, first.created) == (again.id, True) or again.created is False
    assert again.id == first.id and again.created is False


def test_workspaces_never_see_each_other(app: App) -> None:
    ours = _posted(app)
    theirs = Place("slack", "T2", "C1")
    assert app.workflow.react(who="eve", emoji="x", place=theirs, message_id=f"{ours.id}.4", added=True) is None
    with pytest.raises(Exception, match="no checklist"):
        app.workflow.checklist("T2", ours.id)
    with pytest.raises(Exception, match="no checklist in this channel"):
        app.workflow.find_checklist(theirs)


def test_claim_memory_brings_the_earlier_verdict_and_flags_changed_figures(app: App) -> None:
    first = _posted(app)
    share = next(c.number for c in first.claims if "60 percent" in c.text)  # the share of the province
    app.workflow.react(
        who="dana", emoji="white_check_mark", place=NEWSROOM, message_id=f"{first.id}.{share}", added=True, when=T0
    )
    second = app.workflow.submit(ARTICLE.replace("about 60 percent", "about 70 percent"), "lee", NEWSROOM)
    claim = second.claims[share - 1]
    assert claim.memory is not None and claim.memory["status"] == "verified" and claim.memory["figures_differ"]
    note = reports.memory_note(claim) or ""
    assert "verified by dana on 1 Mar" in note and "earlier: 60 percent" in note


def test_posting_resumes_after_a_crash_without_posting_twice(app: App) -> None:
    checklist = app.workflow.submit(ARTICLE, "dana", NEWSROOM)

    class Crashing(RecordingSender):
        def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
            if claim.number == 4:
                raise ConnectionError("the chat went away")
            return super().send_claim(checklist, claim, parent)

        def recover(
            self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
        ) -> dict[int | None, tuple[str, str]]:
            return {}

    crashing = Crashing()
    with pytest.raises(ConnectionError):
        post_checklist(app.workflow, checklist, crashing, poster="worker-1", lease_seconds=0)
    resumed = RecordingSender()
    assert post_checklist(app.workflow, checklist, resumed, poster="worker-2")
    assert crashing.sent == ["parent", "claim 1", "claim 2", "claim 3"]
    assert resumed.sent == [f"claim {n}" for n in range(4, len(checklist.claims) + 1)]


def test_nothing_checkable_is_a_clear_error(app: App) -> None:
    with pytest.raises(NoClaimsError, match="No checkable claims"):
        app.workflow.submit("Hello there, how are you?", "dana", NEWSROOM)


def _event(who: str, status: str, action: str, minute: int, key: str) -> StatusEvent:
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
        event_key=key,
    )


_events = st.lists(
    st.builds(
        _event,
        st.sampled_from(["dana", "lee"]),
        st.sampled_from(["verified", "false", "checking", "needs_source"]),
        st.sampled_from(["added", "removed"]),
        st.integers(0, 5),
        st.uuids().map(str),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_events, st.randoms(use_true_random=False), st.integers(0, 3))
def test_status_ignores_order_and_duplicates(events: list[StatusEvent], rnd: object, copies: int) -> None:
    expected = derive_status(events)
    shuffled = list(events) + list(events[:copies])
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert derive_status(shuffled) == expected


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_store_from_an_earlier_schema_is_migrated_and_keeps_its_checklists(backend: str, tmp_path: Path) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}" if backend == "sqlite" else _postgres_or_skip()
    engine = create_engine(url)
    migrations = Config()
    migrations.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
    with engine.connect() as connection:
        migrations.attributes["connection"] = connection
        command.upgrade(migrations, "0001")
        connection.execute(
            text(
                "INSERT INTO checklists (workspace, platform, channel, title, text_hash, submitted_by, "
                "submitted_at, claim_count) VALUES ('T1', 'slack', 'C1', 'Old', 'h', 'dana', "
                "'2026-01-01 00:00:00+00:00', 3)"
            )
        )
        connection.commit()
    engine.dispose()
    upgraded = create_app(load_config(environ={}), database_url=url)
    try:
        old = upgraded.workflow.checklist("T1", 1)
        assert (old.title, old.submitted_by) == ("Old", "dana")
        fresh = upgraded.workflow.submit(ARTICLE, "lee", NEWSROOM)
        assert fresh.id == 2 and len(fresh.claims) == example_claim_count()
    finally:
        upgraded.close()
