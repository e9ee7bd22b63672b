"""The store: SQLite by default, PostgreSQL by URL; every write idempotent by a unique key.

One `Store` per process holds the shared database and one object per concern:

    store.events      processed platform events (de-duplication)
    store.inbox       events kept before they are acknowledged, handled from there with retries
    store.checklists  checklists and their claims
    store.posting     posting leases and the messages the platform accepted
    store.reactions   status events (reactions), appended once
    store.memory      claim memory (claims indexed by their words)
    store.pages       fetched pages
    store.archive     published fact-checks (schema.org ClaimReview) and the fact-check API's answers
    store.people      display names by platform user id
    store.desk        the desk's notes, sources, deadlines and reminders sent

A new concern is a module here with a class that takes the `Database`, and one attribute on `Store`
(bot/store/facade.py). The names below load on first use: reading a record type (a `Review`, a
`Page`) costs no database driver, which keeps commands such as `claimcheck match` quick to start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.store.archive import ImportCounts
    from bot.store.database import StoreError, default_sqlite_url
    from bot.store.desk import Deadline, Note, Source
    from bot.store.facade import Store
    from bot.store.memory import terms_of
    from bot.store.rows import Candidate, ChecklistRow, ClaimRow, Page, Review, StatusEvent, now, text_hash

_HOME = {
    "ImportCounts": "archive",
    "StoreError": "database",
    "default_sqlite_url": "database",
    "Deadline": "desk",
    "Note": "desk",
    "Source": "desk",
    "Store": "facade",
    "terms_of": "memory",
    **dict.fromkeys(
        ["Candidate", "ChecklistRow", "ClaimRow", "Page", "Review", "StatusEvent", "now", "text_hash"], "rows"
    ),
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot.store' has no attribute {name!r}")
    value = getattr(import_module(f"bot.store.{_HOME[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Candidate",
    "ChecklistRow",
    "ClaimRow",
    "Deadline",
    "ImportCounts",
    "Note",
    "Page",
    "Review",
    "Source",
    "StatusEvent",
    "Store",
    "StoreError",
    "default_sqlite_url",
    "now",
    "terms_of",
    "text_hash",
]
