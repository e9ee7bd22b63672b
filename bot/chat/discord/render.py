"""Discord messages for checklists: plain text within 2,000 characters, markdown and mentions defused."""

from __future__ import annotations

import discord

from bot.core import reports
from bot.core.service import ChecklistView, ClaimView
from bot.core.statuses import LABELS

MESSAGE_LIMIT = 2000


def clip(text: str, limit: int = MESSAGE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def neutral(text: str) -> str:
    """Article text shown on Discord: markdown and mentions defused (AllowedMentions.none() also applies)."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def parent_text(checklist: ChecklistView) -> str:
    total = len(checklist.claims)
    lines = [f"**Fact-check checklist #{checklist.id}: {neutral(checklist.title or 'Untitled article')}**"]
    if checklist.url:
        lines.append(f"<{checklist.url}>")
    lines.append(f"{total} claims · `{reports.progress_bar(checklist.done, total)}` {checklist.done}/{total} resolved")
    lines.append(
        "React to each claim in the thread: ✅ verified ❌ false ⚠️ disputed 🔍 checking ❓ needs a source "
        "🚫 not a claim"
    )
    return clip("\n".join(lines))


def claim_text(claim: ClaimView) -> str:
    lines = [f"**{claim.number}.** `{claim.type}` {neutral(claim.text)}"]
    details = reports.details_line(reports.figure_texts(claim), claim.attribution, neutral)
    if details:
        lines.append(f"*{details}*")
    note = reports.memory_note(claim)
    if note:
        lines.append(f"🔁 {neutral(note)}")
    if claim.status == "unchecked":
        lines.append("Status: unchecked")
    elif claim.conflict:
        lines.append(
            "Status: conflict (" + ", ".join(f"<@{who}>: {LABELS[s]}" for who, s in claim.conflict.items()) + ")"
        )
    else:
        lines.append(f"Status: {LABELS[claim.status]} by <@{claim.set_by}>")
    return clip("\n".join(lines))
