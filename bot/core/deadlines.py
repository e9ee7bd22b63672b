"""Deadlines as a desk says them: "17:00" (the next 17:00 in the desk's time zone) or "2h", "90m", "1h30m"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from claims import ClaimCheckError

_CLOCK = re.compile(r"^(\d{1,2})[:.h](\d{2})$|^(\d{1,2})\s*(am|pm)$", re.IGNORECASE)
_SPAN = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$", re.IGNORECASE)


def parse_due(spec: str, now: datetime, timezone: str = "UTC") -> datetime:
    """The moment a deadline names, after `now`.

    Raises:
        ClaimCheckError: the text is neither a time of day nor a span (one sentence says what works).
    """
    text = spec.strip().lower().replace(" ", "")
    clock = _CLOCK.match(text)
    if clock:
        if clock.group(1) is not None:
            hour, minute = int(clock.group(1)), int(clock.group(2))
        else:
            hour, minute = int(clock.group(3)) % 12 + (12 if clock.group(4) == "pm" else 0), 0
        if hour > 23 or minute > 59:
            raise ClaimCheckError(f"{spec.strip()!r} is not a time of day; use 17:00 or 2h.")
        local = now.astimezone(ZoneInfo(timezone))
        due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if due <= local:
            due += timedelta(days=1)
        return due.astimezone(now.tzinfo)
    span = _SPAN.match(text)
    if text and span and (span.group(1) or span.group(2)):
        minutes = int(span.group(1) or 0) * 60 + int(span.group(2) or 0)
        if 0 < minutes <= 7 * 24 * 60:
            return now + timedelta(minutes=minutes)
    raise ClaimCheckError(f"{spec.strip()[:40]!r} is not a deadline; use a time (17:00) or a span (2h, 90m).")


def format_due(due: datetime, timezone: str = "UTC") -> str:
    local = due.astimezone(ZoneInfo(timezone))
    return f"{local:%H:%M} {local.tzname() or timezone}"
