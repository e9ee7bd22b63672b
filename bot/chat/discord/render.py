"""Discord messages for checklists: plain text within 2,000 characters, markdown and mentions defused."""

from __future__ import annotations

from collections.abc import Mapping

import discord

from bot.config import WorkflowConfig
from bot.core import desk_text, reports
from bot.core.service import ChecklistView, ClaimView
from bot.core.wording import shorten

MESSAGE_LIMIT = 2000
NO_PINGS = discord.AllowedMentions.none()


def clip(text: str, limit: int = MESSAGE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def neutral(text: str) -> str:
    """Article text shown on Discord: markdown and mentions defused (AllowedMentions.none() also applies)."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def mention(user_id: str | None) -> str:
    """A user mention: Discord shows it as the member's name; AllowedMentions.none() keeps it from pinging."""
    return f"<@{user_id}>" if user_id and user_id.isdigit() else neutral(user_id or "someone")


def jump_link(guild: str, channel: str, message: str) -> str:
    return f"https://discord.com/channels/{guild}/{channel}/{message}"


def source_link(checklist: ChecklistView) -> str | None:
    """The message a checklist was made from (its request "message:CHANNEL:ID"), as a jump link."""
    key = checklist.request_key or ""
    if not key.startswith("message:"):
        return None
    _, channel, message = (key.split(":", 2) + ["", ""])[:3]
    return jump_link(checklist.place.workspace, channel, message) if channel and message else None


def parent_text(
    checklist: ChecklistView, source_link: str | None = None, workflow: WorkflowConfig | None = None
) -> str:
    """The parent: title, who submitted it and from where, progress, the reaction legend, and the desk's
    line ("check first" as many as the newsroom set, the deadline in its time zone)."""
    total = len(checklist.claims)
    lines = [f"**Fact-check checklist #{checklist.id}: {neutral(checklist.title or 'Untitled article')}**"]
    origin = f"Submitted by {mention(checklist.submitted_by)}"
    if checklist.url:
        origin += f" · source: <{checklist.url}>"
    elif source_link:
        origin += f" · [the pasted message](<{source_link}>)"
    lines.append(origin)
    lines.append(f"{total} claims · `{reports.progress_bar(checklist.done, total)}` {checklist.done}/{total} resolved")
    lines.append(
        "React to each claim in the thread: ✅ verified ❌ false ⚠️ disputed 🔍 checking ❓ needs a source "
        "🚫 not a claim"
    )
    desk = desk_text.parent_line(checklist, workflow or WorkflowConfig())  # "check first: 5, 9 · due 17:00 CET"
    if desk:
        lines.append(f"🙋 {desk} · reply to a claim to add a note")
    return clip("\n".join(lines))


def claim_text(claim: ClaimView, names: Mapping[str, str] | None = None) -> str:
    lines = [f"**{claim.number}.** {neutral(claim.text)}", f"*{reports.facts_line(claim, neutral)}*"]
    note = reports.memory_note(claim, names)
    if note:
        lines.append(f"🔁 {neutral(note)}")
    if claim.status == "unchecked":
        lines.append("Status: unchecked")
    elif claim.conflict:
        lines.append(
            "Status: conflict ("
            + ", ".join(f"{mention(who)}: {reports.label(s)}" for who, s in claim.conflict.items())
            + ")"
        )
    elif desk_text.verdict_words(claim, mention):  # "verified by @dana, awaiting sign-off"
        lines.append(f"Status: {desk_text.verdict_words(claim, mention)}")
    else:
        lines.append(f"Status: {reports.label(claim.status)} by {mention(claim.set_by)}")
    desk = desk_text.desk_line(claim, mention)  # "checking: @dana · 2 notes · 1 source"
    if desk:
        lines.append(desk)
    return clip("\n".join(lines))


def report_text(report: reports.Report) -> str:
    """The report within one message: claims that do not fit become "and N more", each claim a jump link."""
    return reports.as_text(
        report,
        limit=MESSAGE_LIMIT,
        escape=neutral,
        link=lambda url, label: f"[{label}](<{url}>)",
        rest="`/factcheck export csv` lists every claim",
    )


def list_text(checklists: list[ChecklistView]) -> str:
    lines = [
        f"#{c.id} {neutral(shorten(c.title or 'untitled', 80))}: {c.done}/{len(c.claims)} resolved" for c in checklists
    ]
    return clip("\n".join(lines) or "No open checklists here.")
