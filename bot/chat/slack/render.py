"""Slack messages for checklists and reports: Block Kit, escaped, within Slack's limits."""

from __future__ import annotations

from typing import Any

from bot.config import AppConfig
from bot.core import reports
from bot.core.service import ChecklistView, ClaimView
from bot.core.statuses import LABELS

SECTION_LIMIT = 3000
TEXT_LIMIT = 3900


def escape(text: str) -> str:
    """Make article or user text inert in Slack mrkdwn: no links, mentions or <!here> from it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int = SECTION_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text)}}


def legend(config: AppConfig) -> str:
    return "  ".join(f":{config.emoji_for(s, as_name=True)}: {LABELS[s]}" for s, _ in config.statuses)


def parent_message(checklist: ChecklistView, config: AppConfig) -> tuple[str, list[dict[str, Any]]]:
    total = len(checklist.claims)
    title = escape(checklist.title or "Untitled article")
    lines = [f"*Fact-check checklist #{checklist.id}: {title}*"]
    if checklist.url:
        lines.append(escape(checklist.url))
    lines.append(f"{total} claims · `{reports.progress_bar(checklist.done, total)}` {checklist.done}/{total} resolved")
    blocks = [
        _section("\n".join(lines)),
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": clip("React to each claim in the thread: " + legend(config), 2000)}
            ],
        },
    ]
    fallback = clip(
        f"Fact-check checklist #{checklist.id}: {checklist.title or 'untitled'} ({checklist.done}/{total} resolved)",
        TEXT_LIMIT,
    )
    return fallback, blocks


def status_line(claim: ClaimView, config: AppConfig) -> str:
    if claim.status == "unchecked":
        return "Status: unchecked"
    if claim.conflict:
        views = ", ".join(
            f"<@{escape(who)}> :{config.emoji_for(s, as_name=True)}:" for who, s in claim.conflict.items()
        )
        return f"Status: :warning: conflict ({views})"
    emoji = config.emoji_for(claim.status, as_name=True)
    when = (
        f" at <!date^{int(claim.set_at.timestamp())}^{{date_short}} {{time}}|{claim.set_at:%Y-%m-%d %H:%M} UTC>"
        if claim.set_at
        else ""
    )
    return f"Status: :{emoji}: {LABELS[claim.status]} by <@{escape(claim.set_by or '')}>{when}"


def claim_message(claim: ClaimView, config: AppConfig) -> tuple[str, list[dict[str, Any]]]:
    lines = [f"*{claim.number}.* `{claim.type}` {escape(claim.text)}"]
    details = reports.details_line(reports.figure_texts(claim), claim.attribution, escape)
    if details:
        lines.append(f"_{details}_")
    note = reports.memory_note(claim)
    if note:
        lines.append(f":repeat: {escape(note)}")
    lines.append(status_line(claim, config))
    fallback = clip(f"{claim.number}. [{claim.type}] {claim.text} ({LABELS[claim.status]})", TEXT_LIMIT)
    return escape(fallback), [_section("\n".join(lines))]


def report_text(report: reports.Report) -> str:
    """The chat report, escaped, inside Slack's text limit."""
    return clip(escape(reports.as_text(report)), TEXT_LIMIT)
