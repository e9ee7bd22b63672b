"""Published fact-checks (schema.org ClaimReview), keyed by the review's identifier or url.

An import stages a file's records in small transactions, then joins them to the archive in one short
transaction (`Archive.importer`): a file that turns out malformed halfway leaves nothing behind, and
the bot's own writes are never held up for the length of a large file.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import BigInteger, and_, delete, exists, func, literal, select

from bot.store.database import Database
from bot.store.rows import Review, now
from bot.store.schema import archive_lookups, archive_reviews, archive_staging

_BATCH = 2000


_FIELDS = [f.name for f in fields(Review)]


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def _us() -> int:
    return int(now().timestamp() * 1_000_000)


def _review(row: Any) -> Review:
    return Review(**{name: row[name] for name in _FIELDS})


class Staged:
    """A file's records on their way in: `add` them, then `commit` (or `discard` on a malformed file)."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self.batch = str(uuid.uuid4())
        self._pending: dict[str, Review] = {}

    def add(self, review: Review) -> None:
        self._pending[review.key] = review  # the same key twice in a file: the later one counts
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        rows = [{**r.as_row(), "batch": self.batch, "digest": r.digest()} for r in self._pending.values()]
        statement = self._db.insert(archive_staging)
        statement = statement.on_conflict_do_update(
            index_elements=["batch", "key"], set_={name: statement.excluded[name] for name in [*_FIELDS[1:], "digest"]}
        )
        with self._db.write() as db:
            db.execute(statement, rows)
        self._pending.clear()

    def commit(self) -> ImportCounts:
        """Join the staged records to the archive in one transaction: new keys added, changed ones updated."""
        self._flush()
        staged = archive_staging.c
        mine = staged.batch == self.batch
        known = archive_reviews.c
        with self._db.write() as db:
            total = db.execute(select(func.count()).where(mine)).scalar_one()
            added = db.execute(select(func.count()).where(mine, ~exists().where(known.key == staged.key))).scalar_one()
            updated = db.execute(
                select(func.count())
                .select_from(archive_staging.join(archive_reviews, known.key == staged.key))
                .where(mine, known.digest != staged.digest)
            ).scalar_one()
            columns = [*_FIELDS, "digest"]
            # origin and changed time are the same for the whole import
            source = select(*[staged[c] for c in columns], literal("import"), literal(_us(), BigInteger)).where(mine)
            statement = self._db.insert(archive_reviews).from_select([*columns, "origin", "changed_us"], source)
            statement = statement.on_conflict_do_update(
                index_elements=["key"],
                set_={
                    **{c: statement.excluded[c] for c in columns[1:]},
                    "origin": statement.excluded.origin,
                    "changed_us": statement.excluded.changed_us,
                },
                where=known.digest != statement.excluded.digest,
            )
            db.execute(statement)
            db.execute(delete(archive_staging).where(mine))
        return ImportCounts(added=int(added), updated=int(updated), unchanged=int(total - added - updated))

    def discard(self) -> None:
        self._pending.clear()
        with self._db.write() as db:
            db.execute(delete(archive_staging).where(archive_staging.c.batch == self.batch))


class Archive:
    def __init__(self, database: Database) -> None:
        self._db = database

    def importer(self) -> Staged:
        """Stage one file's records; nothing is in the archive until `Staged.commit`."""
        return Staged(self._db)

    def save(self, reviews: Sequence[Review], origin: str) -> None:
        """Add or update a few reviews at once (the fact-check API's answers)."""
        rows = {r.key: {**r.as_row(), "digest": r.digest(), "origin": origin, "changed_us": _us()} for r in reviews}
        if not rows:
            return
        statement = self._db.insert(archive_reviews)
        statement = statement.on_conflict_do_update(
            index_elements=["key"],
            set_={c: statement.excluded[c] for c in [*_FIELDS[1:], "digest", "origin", "changed_us"]},
            where=archive_reviews.c.digest != statement.excluded.digest,
        )
        with self._db.write() as db:
            db.execute(statement, list(rows.values()))

    def revision(self) -> tuple[int, int]:
        """Changes whenever a review is added or updated: two indexed maxima, each read from its index's end
        (asked together in one aggregate, SQLite would scan the table instead)."""
        top = select(func.max(archive_reviews.c.id)).scalar_subquery()
        changed = select(func.max(archive_reviews.c.changed_us)).scalar_subquery()
        with self._db.read() as db:
            row = db.execute(select(top, changed)).one()
        return int(row[0] or 0), int(row[1] or 0)

    def reviews(self, chunk: int = 5000) -> Iterator[tuple[int, Review]]:
        """Every review with its row id, read in chunks of `chunk` rows."""
        last = 0
        while True:
            with self._db.read() as db:
                rows = (
                    db.execute(
                        select(archive_reviews)
                        .where(archive_reviews.c.id > last)
                        .order_by(archive_reviews.c.id)
                        .limit(chunk)
                    )
                    .mappings()
                    .all()
                )
            if not rows:
                return
            for row in rows:
                yield int(row["id"]), _review(row)
            last = int(rows[-1]["id"])

    def by_ids(self, ids: Iterable[int]) -> dict[int, Review]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        with self._db.read() as db:
            rows = db.execute(select(archive_reviews).where(archive_reviews.c.id.in_(wanted))).mappings().all()
        return {int(row["id"]): _review(row) for row in rows}

    def by_keys(self, keys: Iterable[str]) -> dict[str, Review]:
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        with self._db.read() as db:
            rows = db.execute(select(archive_reviews).where(archive_reviews.c.key.in_(wanted))).mappings().all()
        return {str(row["key"]): _review(row) for row in rows}

    def stats(self) -> tuple[int, list[tuple[str, int]], list[tuple[str, int]]]:
        """(how many, counts by publisher, counts by year), the largest first, years in order."""
        year = func.substr(archive_reviews.c.published, 1, 4)
        with self._db.read() as db:
            total = db.execute(select(func.count()).select_from(archive_reviews)).scalar_one()
            by_publisher = db.execute(
                select(archive_reviews.c.publisher, func.count())
                .group_by(archive_reviews.c.publisher)
                .order_by(func.count().desc(), archive_reviews.c.publisher)
            ).all()
            by_year = db.execute(select(year, func.count()).group_by(year).order_by(year)).all()
        return (
            int(total),
            [(str(p or "(no publisher)"), int(n)) for p, n in by_publisher],
            [(str(y or "(no date)"), int(n)) for y, n in by_year],
        )

    # -- the fact-check API's answers, so that a claim is asked once ---------------------------
    def cached_lookup(self, query_hash: str, max_age_seconds: float) -> list[str] | None:
        """The review keys a lookup answered, if it was made less than `max_age_seconds` ago."""
        since = _us() - int(max_age_seconds * 1_000_000)
        with self._db.read() as db:
            keys = db.execute(
                select(archive_lookups.c.review_keys).where(
                    and_(archive_lookups.c.query_hash == query_hash, archive_lookups.c.looked_up_us >= since)
                )
            ).scalar()
        return list(keys) if keys is not None else None

    def save_lookup(self, query_hash: str, reviews: Sequence[Review]) -> None:
        self.save(reviews, "factcheck-api")
        statement = self._db.insert(archive_lookups).values(
            query_hash=query_hash, review_keys=[r.key for r in reviews], looked_up_us=_us()
        )
        statement = statement.on_conflict_do_update(
            index_elements=["query_hash"],
            set_={"review_keys": statement.excluded.review_keys, "looked_up_us": statement.excluded.looked_up_us},
        )
        with self._db.write() as db:
            db.execute(statement)
