"""The records the store hands out: frozen rows, read from any dialect, with times always in UTC."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

# an earlier claim claim memory may match: (claim id, checklist id, text, checklist title, quantities)
Candidate = tuple[int, int, str, str | None, list[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: int
    workspace: str
    platform: str
    channel: str
    title: str | None
    url: str | None
    submitted_by: str
    submitted_at: datetime
    posted_at: datetime | None
    # the request that made it ("message:CHANNEL:TS" for a chat message): where its source is
    request_key: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    checklist_id: int
    number: int
    text: str
    type: str
    score: float
    quantities: list[dict[str, Any]]
    attribution: str | None
    memory: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class StatusEvent:
    claim_id: int
    status: str
    action: str
    emoji: str
    who: str
    platform: str
    occurred_at: datetime
    via: str
    note: str | None
    event_key: str


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched article: its text and what the page says about itself."""

    url: str
    text: str
    title: str | None = None
    canonical_url: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def now() -> datetime:
    return datetime.now(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(moment: datetime) -> int:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return (aware - _EPOCH) // timedelta(microseconds=1)


def from_micros(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=int(value))


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands datetimes back naive; they were written in UTC
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def status_event(r: Any) -> StatusEvent:
    return StatusEvent(
        claim_id=int(r["claim_id"]),
        status=r["status"],
        action=r["action"],
        emoji=r["emoji"],
        who=r["who"],
        platform=r["platform"],
        occurred_at=from_micros(r["occurred_us"]),
        via=r["via"],
        note=r["note"],
        event_key=r["event_key"],
    )


def event_values(workspace: str, claim_id: int, event: StatusEvent) -> dict[str, Any]:
    """A status event as the columns of its row (the inverse of `status_event`)."""
    return {
        "workspace": workspace,
        "claim_id": claim_id,
        "status": event.status,
        "action": event.action,
        "emoji": event.emoji,
        "who": event.who,
        "platform": event.platform,
        "occurred_us": to_micros(event.occurred_at),
        "via": event.via,
        "note": event.note,
        "event_key": event.event_key,
    }


def checklist_row(row: Any) -> ChecklistRow:
    return ChecklistRow(
        id=int(row["id"]),
        workspace=row["workspace"],
        platform=row["platform"],
        channel=row["channel"],
        title=row["title"],
        url=row["url"],
        submitted_by=row["submitted_by"],
        submitted_at=_aware(row["submitted_at"]) or now(),
        posted_at=_aware(row["posted_at"]),
        request_key=row.get("request_key"),
    )


def claim_row(row: Any) -> ClaimRow:
    return ClaimRow(
        id=int(row["id"]),
        checklist_id=int(row["checklist_id"]),
        number=int(row["number"]),
        text=row["text"],
        type=row["type"],
        score=float(row["score"]),
        quantities=list(row["quantities"] or []),
        attribution=row["attribution"],
        memory=row["memory"],
    )


@dataclass(frozen=True, slots=True)
class Review:
    """One published fact-check, as the archive keeps it."""

    key: str  # the review's identifier, else its url
    claim: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # YYYY-MM-DD
    rating: str | None = None
    headline: str | None = None
    description: str | None = None
    claimant: str | None = None
    language: str | None = None

    def digest(self) -> str:
        values = (self.key, self.claim, self.url, self.publisher, self.published, self.rating, self.headline)
        joined = "\x1f".join("" if v is None else v for v in (*values, self.description, self.claimant, self.language))
        return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()

    def as_row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
