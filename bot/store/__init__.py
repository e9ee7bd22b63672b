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

A new concern is a module here with a class that takes the `Database`, and one attribute below.
"""

from __future__ import annotations

from bot.store.archive import Archive, ImportCounts, Review
from bot.store.checklists import Checklists
from bot.store.database import Database, StoreError, default_sqlite_url
from bot.store.desk import Deadline, Desk, Note, Source
from bot.store.events import ProcessedEvents
from bot.store.inbox import Inbox
from bot.store.memory import ClaimMemory, terms_of
from bot.store.pages import Pages
from bot.store.people import People
from bot.store.posting import Posting
from bot.store.reactions import Reactions
from bot.store.rows import Candidate, ChecklistRow, ClaimRow, Page, StatusEvent, now, text_hash


class Store:
    """The bot's records, one concern per attribute. Build one per process with `Store.open(url)`."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.events = ProcessedEvents(database)
        self.inbox = Inbox(database)
        self.memory = ClaimMemory(database)
        self.checklists = Checklists(database, self.memory)
        self.posting = Posting(database)
        self.reactions = Reactions(database)
        self.pages = Pages(database)
        self.archive = Archive(database)
        self.people = People(database)
        self.desk = Desk(database)

    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Store:
        """Connect to `url` (a SQLite file in the user's data folder when empty) and migrate the schema.

        Raises:
            StoreError: the database cannot be reached or migrated.
        """
        return cls(Database.open(url, migrate))

    @property
    def is_sqlite(self) -> bool:
        return self.database.is_sqlite

    def close(self) -> None:
        self.database.close()


__all__ = [
    "Candidate",
    "ImportCounts",
    "Review",
    "ChecklistRow",
    "ClaimRow",
    "Deadline",
    "Note",
    "Source",
    "Page",
    "StatusEvent",
    "Store",
    "StoreError",
    "default_sqlite_url",
    "now",
    "terms_of",
    "text_hash",
]
