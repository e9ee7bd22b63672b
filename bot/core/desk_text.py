"""The desk's words: what a claim's message, the parent and a nudge say about who checks what.

Pure functions of the views; each renderer passes `name` to show a person its own way (a Slack
mention, a Discord mention, a plain name) and `escape` to make note text inert on its platform.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from bot.config import WorkflowConfig
from bot.core.deadlines import format_due
from bot.core.service import RESOLVED, ChecklistView, ClaimView
from bot.core.statuses import LABELS

Name = Callable[[str], str]


def _plain(who: str) -> str:
    return who


def by_priority(claims: Sequence[ClaimView]) -> list[ClaimView]:
    """Most check-worthy first (ClaimView.priority, weighed by bot/core/priority.py), then by number."""
    return sorted(claims, key=lambda c: (-c.priority, c.number))


def check_first(checklist: ChecklistView, config: WorkflowConfig) -> list[int]:
    """The numbers of the most check-worthy open claims that nobody has taken yet."""
    open_claims = [c for c in checklist.claims if c.status not in RESOLVED and not c.assignees]
    return [c.number for c in by_priority(open_claims)[: config.check_first]]


def parent_line(checklist: ChecklistView, config: WorkflowConfig) -> str | None:
    """ "check first: 5, 21, 24 · due 17:00 UTC" (None when there is nothing to say)."""
    parts = []
    first = check_first(checklist, config)
    if first:
        parts.append("check first: " + ", ".join(str(n) for n in first))
    if checklist.due is not None:
        parts.append("due " + format_due(checklist.due, config.timezone))
    return " · ".join(parts) or None


def verdict_words(claim: ClaimView, name: Name = _plain) -> str | None:
    """ "verified by Dana, awaiting sign-off" or "verified by Dana, signed off by Lee"; None otherwise."""
    if claim.status == "awaiting_sign_off" and claim.proposed and claim.signers:
        return f"{LABELS[claim.proposed]} by {name(claim.signers[0])}, awaiting sign-off"
    if claim.proposed and claim.status == claim.proposed and len(claim.signers) > 1:
        others = ", ".join(name(w) for w in claim.signers[1:])
        return f"{LABELS[claim.proposed]} by {name(claim.signers[0])}, signed off by {others}"
    return None


def desk_line(claim: ClaimView, name: Name = _plain) -> str | None:
    """ "checking: Dana · 2 notes · 1 source" (None when nobody took it and there is no evidence)."""
    parts = []
    if claim.assignees:
        parts.append("checking: " + ", ".join(name(w) for w in claim.assignees))
    if claim.notes:
        parts.append(f"{len(claim.notes)} note" + ("s" if len(claim.notes) > 1 else ""))
    if claim.sources:
        parts.append(f"{len(claim.sources)} source" + ("s" if len(claim.sources) > 1 else ""))
    return " · ".join(parts) or None


def last_touched(claim: ClaimView) -> datetime | None:
    moments = [e.occurred_at for e in claim.history] + [n.created_at for n in claim.notes]
    return max(moments) if moments else None


def nudge_text(checklist: ChecklistView, kind: str, now: datetime, config: WorkflowConfig, name: Name = _plain) -> str:
    """The reminder posted in the thread: open claims, who has them, what nobody took, what nobody touched."""
    open_claims = by_priority([c for c in checklist.claims if c.status not in RESOLVED])
    due = format_due(checklist.due, config.timezone) if checklist.due else "now"
    head = f"⏰ Checklist #{checklist.id} is due " + (f"at {due}" if kind == "before" else f"now ({due})")
    if not open_claims:
        return f"{head}: every claim is resolved."
    lines = [f"{head}: {len(open_claims)} of {len(checklist.claims)} claims still open."]
    holders: dict[str, list[int]] = {}
    for claim in open_claims:
        for who in claim.assignees:
            holders.setdefault(who, []).append(claim.number)
    for who, numbers in holders.items():
        lines.append(f"• {name(who)}: " + ", ".join(str(n) for n in numbers))
    nobody = [c.number for c in open_claims if not c.assignees]
    if nobody:
        lines.append("• nobody took: " + ", ".join(str(n) for n in nobody))
    stale_after = timedelta(minutes=config.stale_minutes)
    stale = [c.number for c in open_claims if (last_touched(c) or checklist.submitted_at) <= now - stale_after]
    if stale:
        lines.append(f"• untouched for {config.stale_minutes:g} min: " + ", ".join(str(n) for n in stale))
    return "\n".join(lines)


def mine_text(
    found: Sequence[tuple[ChecklistView, ClaimView]],
    link: Callable[[ChecklistView, ClaimView], str],
    escape: Callable[[str], str] = str,
) -> str:
    """Each open claim a person holds, with a link to its message (the adapter makes the link)."""
    if not found:
        return "You have no open claims. Take one with 🙋 or `/factcheck take N`."
    return "\n".join(
        f"• #{checklist.id} {escape((checklist.title or 'untitled')[:60])}, claim {claim.number} "
        f"({LABELS[claim.status]}): {link(checklist, claim)}"
        for checklist, claim in found
    )
