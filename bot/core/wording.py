"""Plain words for what the engine and the store call by internal names: claim types, figures, times."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claims.model import TIME_SPANS


class _Claim(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def quantities(self) -> list[dict[str, Any]]: ...
    @property
    def attribution(self) -> str | None: ...


def local_time(moment: datetime | None, timezone: str = "UTC") -> str:
    """ "26 Nov 10:03 UTC": day, time and the zone's abbreviation, so nobody guesses the zone."""
    if moment is None:
        return ""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime("%-d %b %H:%M %Z")


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


# claim types in the words an editor uses; a newsroom's own types read as their names
TYPE_LABELS = {
    "casualties": "Casualties",
    "percentage": "Share",
    "control": "Share of territory",
    "vote": "Vote",
    "quote": "Quote",
    "statement": "Statement",
    "quantity": "Figure",
    "event": "Event",
    "money": "Money",
}
_CURRENCIES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def type_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, kind.replace("_", " ").capitalize())


def _amount(value: float) -> str:
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.1f}".removesuffix(".0") + f" {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def figure_phrase(quantity: Mapping[str, Any]) -> str:
    """One figure as a reader says it: "23 killed", "60%", "$340 million", "1.2 million people"."""
    try:
        value = float(quantity.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(quantity.get("text") or "")
    unit = str(quantity.get("unit") or "")
    if unit == "percent":
        return f"{_amount(value)}%"
    if unit in _CURRENCIES:
        return f"{_CURRENCIES[unit]}{_amount(value)}"
    if unit == "hour" and value != 1:
        unit = "hours"
    return f"{_amount(value)} {unit}".strip()


def facts_line(claim: _Claim, escape: Callable[[str], str] = str) -> str:
    """ "Casualties: 23 killed, 71 injured · source: the health ministry", each part escaped."""
    # a span of time is the claim's context ("a 72-hour pause", "after four days of fighting"): shown as a
    # figure only where the claim is about a figure
    figures = [
        figure_phrase(q) for q in claim.quantities
        if claim.type == "quantity" or str(q.get("unit") or "") not in TIME_SPANS
    ]
    head = type_label(claim.type) + (": " + ", ".join(figures) if figures else "")
    return escape(head) + (" · source: " + escape(claim.attribution) if claim.attribution else "")


def details_line(figures: list[str], source: str | None, escape: Callable[[str], str] = str) -> str:
    """ "figures: 1 killed, 6 injured · source: Turkey" (empty when there is neither), each part escaped."""
    parts = []
    if figures:
        parts.append("figures: " + escape(", ".join(figures)))
    if source:
        parts.append("source: " + escape(source))
    return " · ".join(parts)
