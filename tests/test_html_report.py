"""The HTML report in a real headless browser: it renders, and the chart's bars follow the counts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.app import create_app
from bot.config import load_config
from bot.core import reports
from bot.core.posting import post_checklist
from bot.core.service import Place
from tests.helpers import RecordingSender

ROOT = Path(__file__).resolve().parents[1]
PLACE = Place("slack", "T1", "C1")


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine (Debian package 'chromium'); the HTML report is not rendered")


def test_the_html_report_renders_with_its_chart(tmp_path: Path) -> None:
    chrome = browser()
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}")
    checklist = app.workflow.submit((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"), "dana", PLACE)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="t")
    for number, emoji in [(1, "white_check_mark"), (2, "white_check_mark"), (3, "x"), (4, "mag")]:
        app.workflow.react(who="dana", emoji=emoji, place=PLACE, message_id=f"{checklist.id}.{number}", added=True)
    report = reports.build_report(app.workflow.checklist("T1", checklist.id))
    page = tmp_path / "report.html"
    page.write_text(reports.as_html(report), encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'p'}",
    ]
    dom = subprocess.run(
        [chrome, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=90
    ).stdout
    assert "Fact-check report" in dom and "<svg" in dom
    widths = {
        m.group(2): (int(m.group(1)), int(m.group(3)))
        for m in re.finditer(r'<rect[^>]*width="(\d+)"[^>]*data-status="(\w+)" data-count="(\d+)"', dom)
    }
    assert (
        widths["verified"][1] == 2 and widths["false"][1] == 1 and widths["unchecked"][1] == len(checklist.claims) - 4
    )
    assert abs(widths["verified"][0] - 2 * widths["false"][0]) <= 1 and widths["false"][0] > 0
    assert widths["disputed"][0] == 0
    shot = tmp_path / "report.png"
    subprocess.run(
        [chrome, *flags, "--window-size=1000,900", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=90,
    )
    assert shot.is_file() and shot.stat().st_size > 10_000
    app.close()


def test_the_markdown_report_passes_no_raw_html_and_claimreview_carries_a_url(tmp_path: Path) -> None:
    app = create_app(load_config(environ={}), database_url=f"sqlite:///{tmp_path / 'm.sqlite3'}")
    hostile = (
        "<script>alert(1)</script> Ministry Says Port Hit\n\n"
        'The ministry said 14 people were killed in the attack on Tuesday <img src=x onerror="alert(2)">. '
        "The council voted 7 to 2 to close the library on Monday | [click](javascript:alert(3))."
    )
    checklist = app.workflow.submit(hostile, "dana", PLACE)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="t")
    app.workflow.react(who="dana", emoji="x", place=PLACE, message_id=f"{checklist.id}.1", added=True)
    link = "https://news.slack.com/archives/C1/p1700000000000002"
    view = app.workflow.checklist("T1", checklist.id)
    report = reports.build_report(view, links={view.claims[0].id: link})
    markdown = reports.as_markdown(report)
    assert "<script" not in markdown and "<img" not in markdown and "[click](" not in markdown
    assert "&lt;script&gt;" in markdown
    reviews = __import__("json").loads(reports.as_claimreview(report))
    assert reviews and reviews[0]["url"] == link
    app.close()
