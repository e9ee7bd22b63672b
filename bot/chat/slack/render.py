"""Slack messages for checklists and reports: Block Kit, escaped, within Slack's limits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.config import AppConfig
from bot.core import desk_text, reports
from bot.core.service import ChecklistView, ClaimView
from bot.core.statuses import LABELS
from bot.core.wording import shorten

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


def parent_message(
    checklist: ChecklistView, config: AppConfig, source_link: str | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """The checklist's parent: title, who submitted it and from where, progress, the reaction legend.

    `source_link` is the pasted message's permalink when the checklist came from a message.
    """
    total = len(checklist.claims)
    title = escape(checklist.title or "Untitled article")
    lines = [f"*Fact-check checklist #{checklist.id}: {title}*"]
    origin = f"Submitted by <@{escape(checklist.submitted_by)}>" if checklist.submitted_by else "Submitted"
    if checklist.url:
        origin += f" · source: <{_link_target(checklist.url)}|{escape(shorten(checklist.url, 80))}>"
    elif source_link:
        origin += f" · <{_link_target(source_link)}|the pasted message>"
    lines.append(origin)
    lines.append(f"{total} claims · `{reports.progress_bar(checklist.done, total)}` {checklist.done}/{total} resolved")
    desk = desk_text.parent_line(checklist, config.workflow)  # "check first: 5, 9, 10 · due 17:00 UTC"
    if desk:
        lines.append(f":raising_hand: {escape(desk)}")
    blocks = [
        _section("\n".join(lines)),
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": clip("React to each claim in the thread: " + legend(config), 2000)}
            ],
        },
    ]
    # the notification text is plain text too: a headline holding <!channel> must not ping anyone
    fallback = clip(
        escape(
            f"Fact-check checklist #{checklist.id}: {checklist.title or 'untitled'} ({checklist.done}/{total} resolved)"
        ),
        TEXT_LIMIT,
    )
    return fallback, blocks


def _link_target(url: str) -> str:
    """A URL inside <…|…>: the characters that would end or split the link are percent-encoded."""
    return url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20")


def status_line(claim: ClaimView, config: AppConfig) -> str:
    if claim.status == "unchecked":
        return "Status: unchecked"
    if claim.conflict:
        views = ", ".join(
            f"<@{escape(who)}> :{config.emoji_for(s, as_name=True)}:" for who, s in claim.conflict.items()
        )
        return f"Status: :warning: conflict ({views})"
    verdict = desk_text.verdict_words(claim, lambda who: f"<@{escape(who)}>")  # "… awaiting sign-off"
    if verdict:
        return f"Status: :{config.emoji_for(claim.proposed or '', as_name=True) or 'hourglass'}: {verdict}"
    emoji = config.emoji_for(claim.status, as_name=True)
    when = (
        # Slack shows the date in each reader's own time zone; the fallback says it is UTC
        f" at <!date^{int(claim.set_at.timestamp())}^{{date_short}} {{time}}|{claim.set_at:%Y-%m-%d %H:%M} UTC>"
        if claim.set_at
        else ""
    )
    return f"Status: :{emoji}: {reports.label(claim.status)} by <@{escape(claim.set_by or '')}>{when}"


def claim_message(
    claim: ClaimView, config: AppConfig, names: Mapping[str, str] | None = None
) -> tuple[str, list[dict[str, Any]]]:
    lines = [f"*{claim.number}.* {escape(claim.text)}", f"_{reports.facts_line(claim, escape)}_"]
    note = reports.memory_note(claim, names)
    if note:
        lines.append(f":repeat: {escape(note)}")
    lines.append(status_line(claim, config))
    desk = desk_text.desk_line(claim, lambda who: f"<@{escape(who)}>")  # "checking: @dana · 2 notes · 1 source"
    if desk:
        lines.append(desk)
    fallback = clip(f"{claim.number}. {claim.text} ({reports.label(claim.status)})", TEXT_LIMIT)
    return escape(fallback), [_section("\n".join(lines))]


def report_text(report: reports.Report) -> str:
    """The chat report, escaped, inside Slack's text limit, each claim linked to its message."""
    return reports.as_text(
        report,
        limit=TEXT_LIMIT,
        escape=escape,
        link=lambda url, label: f"<{_link_target(url)}|{label}>",
        rest="`/factcheck export csv` lists every claim",
    )
