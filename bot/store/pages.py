"""Fetched pages, kept so that a link pasted twice is fetched once.

A page is kept only under the addresses the bot actually fetched (the link as pasted and, after
redirects, the final address), in the workspace that fetched it, for `max_age`. Never under the
canonical link the page declares: any page can declare any address its canonical one, and would then
be served to everyone who pastes the real link.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import delete, select

from bot.store.database import Database
from bot.store.rows import Page, now
from bot.store.schema import pages


class Pages:
    def __init__(self, database: Database) -> None:
        self._db = database

    def cached_page(self, workspace: str, url: str, max_age: timedelta) -> Page | None:
        """The page fetched from `url` in this workspace within `max_age`, if any."""
        if max_age <= timedelta(0):
            return None
        with self._db.read() as db:
            row = (
                db.execute(
                    select(pages).where(
                        pages.c.workspace == workspace, pages.c.url == url, pages.c.fetched_at >= now() - max_age
                    )
                )
                .mappings()
                .first()
            )
        return Page(**{k: row[k] for k in Page.__slots__}) if row else None

    def save_page(self, workspace: str, fetched: Iterable[str], page: Page, max_age: timedelta) -> None:
        """Keep `page` under each address in `fetched`; pages older than `max_age` are dropped."""
        if max_age <= timedelta(0):
            return
        values = {
            "canonical_url": page.canonical_url,
            "title": page.title,
            "byline": page.byline,
            "published": page.published,
            "site_name": page.site_name,
            "text": page.text,
            "fetched_at": now(),
        }
        rows = [{"workspace": workspace, "url": url, **values} for url in dict.fromkeys(fetched) if url]
        with self._db.write() as db:
            db.execute(delete(pages).where(pages.c.fetched_at < now() - max_age))
            for row in rows:
                db.execute(
                    self._db.insert(pages)
                    .values(**row)
                    .on_conflict_do_update(index_elements=["workspace", "url"], set_=values)
                )
