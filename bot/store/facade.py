"""The `Store` facade: the shared database and one object per concern (see the package docstring)."""

from __future__ import annotations

from bot.store.archive import Archive
from bot.store.checklists import Checklists
from bot.store.database import Database
from bot.store.desk import Desk
from bot.store.events import ProcessedEvents
from bot.store.inbox import Inbox
from bot.store.memory import ClaimMemory
from bot.store.pages import Pages
from bot.store.people import People
from bot.store.posting import Posting
from bot.store.reactions import Reactions


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
