"""The store: SQLite by default, PostgreSQL by URL; every write idempotent by a unique key.

SQLite runs in WAL mode with a busy timeout, and every transaction that may write begins IMMEDIATE
(a deferred one that reads, then writes fails at once with "database is locked" whatever the timeout).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine, bindparam, create_engine, event, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from bot.schema import checklists, claim_terms, claims, messages, pages, processed_events, status_events, term_counts
from claims import Claim, ClaimCheckError

log = logging.getLogger(__name__)

_TERM = re.compile(r"[a-z][a-z'-]{3,}")
_STOP_TERMS = frozenset(
    "that this with from have been were they their there which would about after said says also than "
    "into over more most some such only other what when where while will could should because according "
    "since before being these those then them very just".split()
)
_BUSY_TIMEOUT_MS = 15000
# an earlier claim claim memory may match: (claim id, checklist id, text, checklist title, quantities)
Candidate = tuple[int, int, str, str | None, list[dict[str, Any]]]
_CLAIM_CACHE_SIZE = 20000


class StoreError(ClaimCheckError):
    """The database cannot be reached or used; the message says which and what to check."""


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


def default_sqlite_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("claimcheck", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'claimcheck.sqlite3'}"


def terms_of(text: str) -> list[str]:
    """The words claim memory indexes a claim by (no numbers: a changed figure must still match)."""
    return sorted({t for t in _TERM.findall(text.lower()) if t not in _STOP_TERMS and len(t) <= 64})


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


class Store:
    """All reads and writes of the bot's records. Build one per process with `Store.open(url)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._prepared: tuple[Any, Any, Any] | None = None
        self._claims_by_message: dict[tuple[str, str, str, str], ClaimRow] = {}
        self._cache_lock = threading.Lock()

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Store:
        """Connect to `url` (a SQLite file in the user's data folder when empty) and migrate the schema.

        Raises:
            StoreError: the database cannot be reached or migrated.
        """
        url = url or default_sqlite_url()
        try:
            engine = _engine(url)
            store = cls(engine)
            if migrate:
                store.migrate()
        except (SQLAlchemyError, OSError, ImportError) as exc:
            raise StoreError(
                f"The database at {_redacted(url)} cannot be used ({type(exc).__name__}: "
                f"{str(exc).splitlines()[0][:160]})."
            ) from exc
        return store

    def migrate(self) -> None:
        config = AlembicConfig()
        config.set_main_option("script_location", str(resources.files("bot") / "migrations"))
        with self.engine.connect() as connection:
            if not self.is_sqlite:
                # two workers starting together must not both create the tables
                connection.execute(text("SELECT pg_advisory_lock(7265431)"))
            try:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.commit()
            finally:
                if not self.is_sqlite:
                    connection.execute(text("SELECT pg_advisory_unlock(7265431)"))
                    connection.commit()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction that may write: IMMEDIATE on SQLite, so it waits for the lock instead of failing."""
        with self.engine.connect() as connection:
            connection.info["immediate"] = True
            with connection.begin():
                yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            with connection.begin():
                yield connection

    def _insert_ignoring_conflicts(self, table: Any) -> Any:
        dialect_insert = sqlite.insert if self.is_sqlite else postgresql.insert
        return dialect_insert(table).on_conflict_do_nothing()

    # -- events ------------------------------------------------------------------------------
    def mark_processed(self, workspace: str, event_id: str) -> bool:
        """Record that an event was handled in full; False when it already was."""
        with self.write() as db:
            # RETURNING tells a new row from a skipped one on every driver (rowcount does not)
            result = db.execute(
                self._insert_ignoring_conflicts(processed_events)
                .values(workspace=workspace, event_id=event_id, received_at=now())
                .returning(processed_events.c.event_id)
            )
            return result.first() is not None

    def was_processed(self, workspace: str, event_id: str) -> bool:
        with self.read() as db:
            return (
                db.execute(
                    select(processed_events.c.event_id).where(
                        processed_events.c.workspace == workspace, processed_events.c.event_id == event_id
                    )
                ).first()
                is not None
            )

    # -- checklists --------------------------------------------------------------------------
    def save_checklist(
        self,
        *,
        workspace: str,
        platform: str,
        channel: str,
        title: str | None,
        url: str | None,
        text: str,
        submitted_by: str,
        request_key: str | None,
        found: Sequence[Claim],
        memory: Sequence[dict[str, Any] | None],
    ) -> tuple[int, bool]:
        """Store a checklist and its claims; returns (id, created). A repeated request_key returns the first."""
        with self.write() as db:
            if request_key:
                existing = db.execute(
                    select(checklists.c.id).where(
                        checklists.c.workspace == workspace, checklists.c.request_key == request_key
                    )
                ).scalar()
                if existing is not None:
                    return int(existing), False
            checklist_id = db.execute(
                checklists.insert()
                .values(
                    workspace=workspace,
                    platform=platform,
                    channel=channel,
                    title=title,
                    url=url,
                    text_hash=text_hash(text),
                    submitted_by=submitted_by,
                    submitted_at=now(),
                    request_key=request_key,
                )
                .returning(checklists.c.id)
            ).scalar_one()
            for number, (claim, note) in enumerate(zip(found, memory, strict=True), 1):
                claim_id = db.execute(
                    claims.insert()
                    .values(
                        workspace=workspace,
                        checklist_id=checklist_id,
                        number=number,
                        text=claim.text,
                        type=claim.type,
                        score=claim.score,
                        quantities=[{"value": q.value, "unit": q.unit, "text": q.text} for q in claim.quantities],
                        attribution=claim.attribution,
                        start=claim.start,
                        end=claim.end,
                        memory=note,
                    )
                    .returning(claims.c.id)
                ).scalar_one()
                self._index_terms(db, workspace, int(claim_id), claim.text)
            return int(checklist_id), True

    def _index_terms(self, db: Connection, workspace: str, claim_id: int, claim_text: str) -> None:
        words = terms_of(claim_text)
        if not words:
            return
        db.execute(claim_terms.insert(), [{"workspace": workspace, "term": t, "claim_id": claim_id} for t in words])
        dialect_insert = sqlite.insert if self.is_sqlite else postgresql.insert
        upsert = dialect_insert(term_counts)
        db.execute(
            upsert.on_conflict_do_update(
                index_elements=["workspace", "term"], set_={"claims": term_counts.c.claims + 1}
            ),
            [{"workspace": workspace, "term": t, "claims": 1} for t in words],
        )

    def checklist(self, workspace: str, checklist_id: int) -> ChecklistRow | None:
        with self.read() as db:
            row = (
                db.execute(
                    select(checklists).where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
                )
                .mappings()
                .first()
            )
        return _checklist_row(row) if row else None

    def checklist_by_request(self, workspace: str, request_key: str) -> ChecklistRow | None:
        with self.read() as db:
            row = (
                db.execute(
                    select(checklists).where(
                        checklists.c.workspace == workspace, checklists.c.request_key == request_key
                    )
                )
                .mappings()
                .first()
            )
        return _checklist_row(row) if row else None

    def checklist_by_url(self, workspace: str, url: str, channel: str | None = None) -> ChecklistRow | None:
        query = select(checklists).where(checklists.c.workspace == workspace, checklists.c.url == url)
        if channel:
            query = query.where(checklists.c.channel == channel)
        with self.read() as db:
            row = db.execute(query.order_by(checklists.c.id.desc())).mappings().first()
        return _checklist_row(row) if row else None

    def latest_checklist(self, workspace: str, channel: str | None = None) -> ChecklistRow | None:
        query = select(checklists).where(checklists.c.workspace == workspace)
        if channel:
            query = query.where(checklists.c.channel == channel)
        with self.read() as db:
            row = db.execute(query.order_by(checklists.c.id.desc())).mappings().first()
        return _checklist_row(row) if row else None

    def checklists_in(self, workspace: str, channel: str, limit: int = 20) -> list[ChecklistRow]:
        with self.read() as db:
            rows = (
                db.execute(
                    select(checklists)
                    .where(
                        checklists.c.workspace == workspace,
                        checklists.c.channel == channel,
                    )
                    .order_by(checklists.c.id.desc())
                    .limit(limit)
                )
                .mappings()
                .all()
            )
        return [_checklist_row(r) for r in rows]

    def claims_of(self, workspace: str, checklist_id: int) -> list[ClaimRow]:
        with self.read() as db:
            rows = (
                db.execute(
                    select(claims)
                    .where(
                        claims.c.workspace == workspace,
                        claims.c.checklist_id == checklist_id,
                    )
                    .order_by(claims.c.number)
                )
                .mappings()
                .all()
            )
        return [_claim_row(r) for r in rows]

    # -- posting -----------------------------------------------------------------------------
    def lease_checklist(self, workspace: str, checklist_id: int, poster: str, seconds: float = 60) -> bool:
        """Take the right to post a checklist, unless another live poster holds it (or it is all posted)."""
        return self.take_lease(workspace, checklist_id, poster, seconds)[0]

    def take_lease(self, workspace: str, checklist_id: int, poster: str, seconds: float = 60) -> tuple[bool, bool]:
        """(taken, resumed): whether this poster now holds the checklist, and whether someone held it before
        (then the platform may hold messages the store never heard of: a worker died between the two)."""
        moment = now()
        with self.write() as db:
            before = db.execute(
                select(checklists.c.poster).where(checklists.c.workspace == workspace, checklists.c.id == checklist_id)
            ).scalar()
            query = (
                update(checklists)
                .where(
                    checklists.c.workspace == workspace,
                    checklists.c.id == checklist_id,
                    checklists.c.posted_at.is_(None),
                    (checklists.c.lease_until.is_(None))
                    | (checklists.c.lease_until < moment)
                    | (checklists.c.poster == poster),
                )
                .values(poster=poster, lease_until=moment + timedelta(seconds=seconds))
                .returning(checklists.c.id)
            )
            taken = db.execute(query).first() is not None
            return taken, bool(before) and before != poster

    def unposted_checklists(self, workspace: str | None = None) -> list[tuple[str, int]]:
        """(workspace, id) of checklists whose posting has not finished, oldest first."""
        query = select(checklists.c.workspace, checklists.c.id).where(checklists.c.posted_at.is_(None))
        if workspace:
            query = query.where(checklists.c.workspace == workspace)
        with self.read() as db:
            return [(str(w), int(i)) for w, i in db.execute(query.order_by(checklists.c.id)).all()]

    def finish_posting(self, workspace: str, checklist_id: int) -> None:
        with self.write() as db:
            db.execute(
                update(checklists)
                .where(
                    checklists.c.workspace == workspace,
                    checklists.c.id == checklist_id,
                )
                .values(posted_at=now(), lease_until=None)
            )

    def record_message(
        self, *, workspace: str, platform: str, channel: str, message_id: str, checklist_id: int, claim_id: int | None
    ) -> None:
        with self.write() as db:
            db.execute(
                self._insert_ignoring_conflicts(messages).values(
                    workspace=workspace,
                    platform=platform,
                    channel=channel,
                    message_id=message_id,
                    checklist_id=checklist_id,
                    claim_id=claim_id,
                    posted_at=now(),
                )
            )

    def posted_messages(self, workspace: str, checklist_id: int) -> dict[int | None, tuple[str, str]]:
        """claim id (None for the parent) -> (channel, message id) of what is already posted."""
        with self.read() as db:
            rows = db.execute(
                select(messages.c.claim_id, messages.c.channel, messages.c.message_id).where(
                    messages.c.workspace == workspace, messages.c.checklist_id == checklist_id
                )
            ).all()
        return {(int(c) if c is not None else None): (str(ch), str(m)) for c, ch, m in rows}

    # -- statuses ----------------------------------------------------------------------------
    def record_reaction(
        self, workspace: str, platform: str, channel: str, message_id: str, event: StatusEvent
    ) -> tuple[ClaimRow, list[StatusEvent]] | None:
        """In one transaction: find the claim a message shows, append the event (once), and return the
        claim with all its events. None when the message is not one of our claim messages.

        The statements are built once per store: reactions are the hot path (bursts of hundreds).
        """
        find, append, history = self._reaction_statements()
        key = (workspace, platform, channel, message_id)
        with self.write() as db:
            claim = self._claims_by_message.get(key)
            if claim is None:
                row = (
                    db.execute(find, {"w": workspace, "p": platform, "c": channel, "m": message_id}).mappings().first()
                )
                if row is None:
                    return None
                claim = self._remember_claim(key, _claim_row(row))
            claim_id = claim.id
            db.execute(
                append,
                {
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
                },
            )
            events = db.execute(history, {"w": workspace, "id": claim_id}).all()
        return claim, [
            StatusEvent(
                claim_id=int(r[0]),
                status=r[1],
                action=r[2],
                emoji=r[3],
                who=r[4],
                platform=r[5],
                occurred_at=from_micros(r[6]),
                via=r[7],
                note=r[8],
                event_key=r[9],
            )
            for r in events
        ]

    def _remember_claim(self, key: tuple[str, str, str, str], claim: ClaimRow) -> ClaimRow:
        # a claim message always shows the same claim, and a stored claim never changes: safe to keep
        with self._cache_lock:
            if len(self._claims_by_message) >= _CLAIM_CACHE_SIZE:
                self._claims_by_message.pop(next(iter(self._claims_by_message)))
            self._claims_by_message[key] = claim
        return claim

    def _reaction_statements(self) -> tuple[Any, Any, Any]:
        if self._prepared is None:
            self._prepared = (
                select(claims)
                .join(messages, messages.c.claim_id == claims.c.id)
                .where(
                    messages.c.workspace == bindparam("w"),
                    messages.c.platform == bindparam("p"),
                    messages.c.channel == bindparam("c"),
                    messages.c.message_id == bindparam("m"),
                ),
                self._insert_ignoring_conflicts(status_events),
                # the columns in StatusEvent's order, read as plain tuples
                select(
                    status_events.c.claim_id,
                    status_events.c.status,
                    status_events.c.action,
                    status_events.c.emoji,
                    status_events.c.who,
                    status_events.c.platform,
                    status_events.c.occurred_us,
                    status_events.c.via,
                    status_events.c.note,
                    status_events.c.event_key,
                )
                .where(status_events.c.workspace == bindparam("w"), status_events.c.claim_id == bindparam("id"))
                .order_by(status_events.c.id),
            )
        return self._prepared

    def status_events_for(self, workspace: str, claim_ids: Sequence[int]) -> list[StatusEvent]:
        if not claim_ids:
            return []
        with self.read() as db:
            rows = (
                db.execute(
                    select(status_events)
                    .where(
                        status_events.c.workspace == workspace,
                        status_events.c.claim_id.in_(list(claim_ids)),
                    )
                    .order_by(status_events.c.id)
                )
                .mappings()
                .all()
            )
        return [_status_event(r) for r in rows]

    # -- claim memory ------------------------------------------------------------------------
    def memory_candidates(
        self,
        workspace: str,
        claim_texts: Sequence[str],
        rare_terms: int = 4,
        limit: int = 25,
        max_postings: int = 2000,
    ) -> list[list[Candidate]]:
        """For each text, the earlier claims that share at least two of its rarest words, in one transaction.

        Each candidate is (claim id, checklist id, text, title, quantities).
        """
        words_of = [terms_of(text) for text in claim_texts]
        every_word = sorted({w for words in words_of for w in words})
        found: list[list[Candidate]] = [[] for _ in claim_texts]
        if not every_word:
            return found
        with self.read() as db:
            counts = dict(
                db.execute(
                    select(term_counts.c.term, term_counts.c.claims).where(
                        term_counts.c.workspace == workspace, term_counts.c.term.in_(every_word)
                    )
                ).all()
            )
            for index, words in enumerate(words_of):
                # a word that thousands of claims share ("government") singles nothing out: skip it
                known = sorted((counts[w], w) for w in words if w in counts and counts[w] <= max_postings)
                chosen = [w for _, w in known[:rare_terms]]
                if len(chosen) >= 2:
                    found[index] = self._sharing(db, workspace, chosen, limit)
        return found

    def _sharing(self, db: Connection, workspace: str, chosen: list[str], limit: int) -> list[Candidate]:
        hits = func.count().label("hits")
        shared = (
            select(claim_terms.c.claim_id, hits)
            .where(claim_terms.c.workspace == workspace, claim_terms.c.term.in_(chosen))
            .group_by(claim_terms.c.claim_id)
            .having(func.count() >= 2)
            .order_by(hits.desc())
            .limit(limit)
            .subquery()
        )
        query = (
            select(claims.c.id, claims.c.checklist_id, claims.c.text, checklists.c.title, claims.c.quantities)
            .join(shared, shared.c.claim_id == claims.c.id)
            .join(checklists, checklists.c.id == claims.c.checklist_id)
        )
        return [(int(r[0]), int(r[1]), str(r[2]), r[3], list(r[4] or [])) for r in db.execute(query).all()]

    # -- fetched pages -----------------------------------------------------------------------
    def cached_page(self, url: str) -> Page | None:
        with self.read() as db:
            row = (
                db.execute(select(pages).where((pages.c.url == url) | (pages.c.canonical_url == url)))
                .mappings()
                .first()
            )
        return Page(**{k: row[k] for k in Page.__slots__}) if row else None

    def save_page(self, page: Page) -> None:
        with self.write() as db:
            db.execute(
                self._insert_ignoring_conflicts(pages).values(
                    url=page.url,
                    canonical_url=page.canonical_url,
                    title=page.title,
                    byline=page.byline,
                    published=page.published,
                    site_name=page.site_name,
                    text=page.text,
                    fetched_at=now(),
                )
            )


def _status_event(r: Any) -> StatusEvent:
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


def _checklist_row(row: Any) -> ChecklistRow:
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
    )


def _claim_row(row: Any) -> ClaimRow:
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


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.info.get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


__all__ = ["ChecklistRow", "ClaimRow", "Page", "StatusEvent", "Store", "StoreError", "terms_of"]
