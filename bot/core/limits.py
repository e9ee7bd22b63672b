"""Limits on what a person can make the bot do: the numbers they type, the claims a checklist shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claims import Claim


def parse_number(text: str, digits: int = 18) -> int | None:
    """A checklist or claim number as a person typed it ("3", "#3"), or None.

    ASCII digits only ("²" is a digit to str.isdigit, not to int), at most `digits` of them: a 23-digit
    number fits no database integer (claim numbers, 32-bit on PostgreSQL, take `digits=9`).
    """
    text = text.strip().lstrip("#")
    if not text or len(text) > digits or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def capped_claims(found: Sequence[Claim], max_claims: int, max_chars: int) -> tuple[list[Claim], str]:
    """The `max_claims` most check-worthy claims, in the article's order, each cut to `max_chars`; and a note
    saying what was left out ("" when nothing was): a 100,000-line paste must not become a day of posting."""
    kept = list(found)
    note = ""
    if len(kept) > max_claims:
        best = sorted(range(len(kept)), key=lambda i: (-kept[i].score, i))[:max_claims]
        kept = [kept[i] for i in sorted(best)]
        note = f"showing the {max_claims:,} most check-worthy of {len(found):,} claims"
    long = sum(1 for claim in kept if len(claim.text) > max_chars)
    if long:
        kept = [replace(c, text=c.text[: max_chars - 1] + "…") if len(c.text) > max_chars else c for c in kept]
        note = "; ".join(filter(None, [note, f"{long:,} cut to {max_chars:,} characters"]))
    return kept, note


def cut_article(text: str, max_chars: int) -> tuple[str, str]:
    """The article's first `max_chars` characters, ended at a paragraph (or else a sentence, or a space)
    when one falls in the last tenth of them; and a note saying what was cut ("" when nothing was)."""
    if len(text) <= max_chars:
        return text, ""
    head = text[:max_chars]
    floor = max_chars * 9 // 10
    for mark in ("\n\n", "\n", ". ", " "):
        end = head.rfind(mark)
        if end >= floor:
            head = head[: end + (1 if mark == ". " else 0)]
            break
    return head, f"read the first {len(head):,} of {len(text):,} characters"
