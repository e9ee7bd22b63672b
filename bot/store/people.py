"""How people are called: display names by platform user id, per workspace, kept with their age.

Reports and notes name editors as they see each other ("false by Dana Reyes") rather than by an id
("false by U0BOB00002"); adapters fill this from the platform (Slack `users.info`, Discord member
payloads) and refresh a name once it is older than they like.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from bot.store.database import Database
from bot.store.rows import _aware, now
from bot.store.schema import people

_NAME_LIMIT = 128


class People:
    def __init__(self, database: Database) -> None:
        self._db = database

    def remember(self, workspace: str, names: dict[str, str]) -> None:
        """Keep (or refresh) the display names of these user ids."""
        rows = [
            {"workspace": workspace, "user_id": str(who)[:64], "name": _clean(name), "updated_at": now()}
            for who, name in names.items()
            if who and _clean(name)
        ]
        if not rows:
            return
        with self._db.write() as db:
            for row in rows:
                insert = self._db.insert(people).values(**row)
                db.execute(
                    insert.on_conflict_do_update(
                        index_elements=[people.c.workspace, people.c.user_id],
                        set_={"name": row["name"], "updated_at": row["updated_at"]},
                    )
                )

    def names(self, workspace: str, user_ids: Iterable[str] | None = None) -> dict[str, str]:
        """user id -> display name, for the ids asked (every known one when None)."""
        query = select(people.c.user_id, people.c.name).where(people.c.workspace == workspace)
        if user_ids is not None:
            wanted = sorted({str(u) for u in user_ids if u})
            if not wanted:
                return {}
            query = query.where(people.c.user_id.in_(wanted))
        with self._db.read() as db:
            return {str(u): str(n) for u, n in db.execute(query).all()}

    def updated_at(self, workspace: str, user_id: str) -> datetime | None:
        with self._db.read() as db:
            value = db.execute(
                select(people.c.updated_at).where(people.c.workspace == workspace, people.c.user_id == user_id)
            ).scalar()
        return _aware(value)


def _clean(name: str | None) -> str:
    """One line, no NUL (PostgreSQL text cannot hold it), within the column."""
    return " ".join(str(name or "").replace("\x00", "").split())[:_NAME_LIMIT]
