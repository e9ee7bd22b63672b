"""Plain renderings of an extracted checklist, for the terminal and for other tools."""

from __future__ import annotations

import json
from typing import Any

from bot.core.wording import details_line
from claims import Article, Claim, Quantity

_COLOURS = {
    "casualties": "31",
    "percentage": "35",
    "quantity": "35",
    "vote": "34",
    "quote": "36",
    "statement": "37",
    "control": "33",
    "event": "32",
}


def format_quantity(q: Quantity) -> str:
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    if q.unit == "percent":
        return f"{value}%"
    if q.unit in {"USD", "EUR", "GBP", "JPY"}:
        return f"{value} {q.unit}"
    return f"{value} {q.unit}".strip()


def claim_details(claim: Claim) -> str:
    """ "figures: 1 killed, 6 injured · source: Turkey" (empty when there is neither)."""
    return details_line([format_quantity(q) for q in claim.quantities], claim.attribution)


def extract_json(article: Article, url: str | None = None) -> str:
    """The extract contract of ../shared/eval/README.md."""
    data: dict[str, Any] = {
        "title": article.title,
        "url": url,
        "claims": [{"id": i, **claim.to_dict()} for i, claim in enumerate(article.claims, 1)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def extract_text(article: Article, colour: bool = False) -> str:
    def paint(code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    lines = [paint("1", article.title or "(untitled)"), f"{len(article.claims)} checkable claims", ""]
    for i, claim in enumerate(article.claims, 1):
        lines.append(f"{i:>3}. {paint(_COLOURS.get(claim.type, '37'), '[' + claim.type + ']')} {claim.text}")
        details = claim_details(claim)
        if details:
            lines.append(f"     {paint('2', details)}")
    return "\n".join(lines)


def extract_markdown(article: Article) -> str:
    lines = [f"# {article.title or 'Checklist'}", "", f"{len(article.claims)} checkable claims", ""]
    for i, claim in enumerate(article.claims, 1):
        details = claim_details(claim)
        lines.append(f"{i}. [ ] **{claim.type}**: {claim.text}" + (f"  \n   _{details}_" if details else ""))
    return "\n".join(lines)
