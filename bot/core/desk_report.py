"""What the desk adds to every report format: who has each claim, its notes and sources, sign-offs.

bot/core/reports.py calls these, one line per format, so that the desk's columns live in one place.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from bot.core.desk_text import desk_line, verdict_words
from bot.core.service import ChecklistView, ClaimView

CSV_HEADER = ["assignees", "notes", "sources", "signed_off_by"]


def has_desk(claim: ClaimView) -> bool:
    return bool(claim.assignees or claim.notes or claim.sources or len(claim.signers) > 1 or claim.proposed)


def text_suffix(claim: ClaimView, name: Callable[[str], str] = str) -> str:
    """ " [checking: Dana · 2 notes · 1 source; verified by Dana, awaiting sign-off]" or ""."""
    parts = [p for p in (desk_line(claim, name), verdict_words(claim, name)) if p]
    return f" [{'; '.join(parts)}]" if parts else ""


def data(claim: ClaimView) -> dict[str, Any]:
    return {
        "assignees": list(claim.assignees),
        "proposed": claim.proposed,
        "signed_off_by": list(claim.signers[1:]) if claim.proposed else [],
        "notes": [
            {
                "who": n.who,
                "when": n.created_at.isoformat(),
                "text": n.text,
                **({"proposed": n.proposed} if n.proposed else {}),
            }
            for n in claim.notes
        ],
        "sources": [
            {"url": s.url, "title": s.title, "who": s.who, "when": s.created_at.isoformat()} for s in claim.sources
        ],
    }


def csv_cells(claim: ClaimView, safe: Callable[[str], str]) -> list[str]:
    return [
        safe(", ".join(claim.assignees)),
        safe(" | ".join(f"{n.who} ({n.created_at:%Y-%m-%d %H:%M}): {n.text}" for n in claim.notes)),
        safe(" ".join(s.url for s in claim.sources)),
        safe(", ".join(claim.signers[1:]) if claim.proposed else ""),
    ]


def markdown_lines(checklist: ChecklistView) -> list[str]:
    """A "Desk" section: each claim someone took, noted or signed off."""
    claims = [c for c in checklist.claims if has_desk(c)]
    if not claims:
        return []
    lines = ["", "## Desk", ""]
    for c in claims:
        lines.append(f"- **{c.number}.**" + _md(text_suffix(c)))
        lines += [f"  - note by {_md(n.who)}, {n.created_at:%Y-%m-%d %H:%M} UTC: {_md(n.text)}" for n in c.notes]
        lines += [f"  - source: <{s.url}>" + (f" {_md(s.title)}" if s.title else "") for s in c.sources]
    return lines


def _md(text: str) -> str:
    # note text is people's text: no HTML, no table breaks, no links it did not spell out
    return html.escape(text.replace("\n", " ")).replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def html_cell(claim: ClaimView) -> str:
    """The desk's part of a claim's row, escaped."""
    if not has_desk(claim):
        return ""
    esc = html.escape
    notes = "".join(
        f'<li class="desk-note">{esc(n.who)}, {n.created_at:%Y-%m-%d %H:%M} UTC: {esc(n.text)}</li>'
        for n in claim.notes
    )
    sources = "".join(
        f'<li class="desk-source"><a href="{esc(s.url)}" rel="nofollow noopener">{esc(s.title or s.url)}</a></li>'
        for s in claim.sources
        if s.url.lower().startswith(("http://", "https://"))
    )
    return f'<div class="desk">{esc(text_suffix(claim).strip(" []"))}<ul>{notes}{sources}</ul></div>'


def claimreview(claim: ClaimView) -> dict[str, Any]:
    """The review's text (its notes) and its citations (its sources), as schema.org properties."""
    extra: dict[str, Any] = {}
    if claim.notes:
        extra["reviewBody"] = "\n".join(n.text for n in claim.notes)
    if claim.sources:
        extra["citation"] = [
            {"@type": "CreativeWork", "url": s.url, **({"name": s.title} if s.title else {})} for s in claim.sources
        ]
    return extra
