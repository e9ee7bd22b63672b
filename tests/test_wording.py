"""Plain words in chat: types and figures as editors say them, titles cut at a word, times with their zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.core import reports
from bot.core.service import ClaimView
from bot.core.wording import facts_line, figure_phrase, local_time, shorten, type_label

CLAIM = ClaimView(
    id=1,
    number=3,
    text="The health ministry said 23 civilians were killed and 71 wounded.",
    type="casualties",
    score=0.9,
    quantities=[
        {"value": 23.0, "unit": "killed", "text": "23 civilians were killed"},
        {"value": 71.0, "unit": "injured"},
    ],
    attribution="the health ministry",
    memory=None,
    status="unchecked",
    set_by=None,
    set_at=None,
    conflict=None,
)


def test_types_and_figures_read_as_an_editor_says_them() -> None:
    assert facts_line(CLAIM) == "Casualties: 23 killed, 71 injured · source: the health ministry"
    assert type_label("control") == "Share of territory" and type_label("quantity") == "Figure"
    assert type_label("economy_watch") == "Economy watch"  # a newsroom's own type
    assert figure_phrase({"value": 340_000_000, "unit": "USD"}) == "$340 million"
    assert figure_phrase({"value": 60.0, "unit": "percent"}) == "60%"
    assert figure_phrase({"value": 1_200_000, "unit": "people"}) == "1.2 million people"


def test_a_seen_before_note_names_the_editor_cuts_the_title_at_a_word_and_points_to_the_checklist() -> None:
    title = "Army Retakes Border Town as Ceasefire Talks Stall in Geneva after Weeks of Fighting"
    memory = {
        "status": "verified",
        "set_by": "U0BOB00002",
        "set_at": "2026-11-20T10:00:00+00:00",
        "title": title,
        "checklist_id": 4,
    }
    note = reports.memory_note(replace(CLAIM, memory=memory), {"U0BOB00002": "Bob Ames"}) or ""
    assert "verified by Bob Ames on 20 Nov" in note and "U0BOB00002" not in note
    quoted = note.split("'")[1]
    assert quoted.endswith("…") and title.startswith(quoted[:-1]) and title[len(quoted) - 1] == " "
    assert "(checklist #4)" in note


def test_times_say_their_zone() -> None:
    moment = datetime(2026, 11, 26, 10, 3, tzinfo=UTC)
    assert local_time(moment) == "26 Nov 10:03 UTC"
    assert local_time(moment, "Europe/Berlin") == "26 Nov 11:03 CET"
    assert shorten("one two three four five six", 12) == "one two…"


def test_a_span_of_time_is_context_unless_the_claim_is_a_figure() -> None:
    pause = replace(CLAIM, type="vote", attribution=None, quantities=[{"value": 72.0, "unit": "hours"}])
    assert facts_line(pause) == "Vote"
    assert facts_line(replace(pause, type="quantity")) == "Figure: 72 hours"
