"""Fetched pages, kept so that a link pasted twice is fetched once."""

from __future__ import annotations

from sqlalchemy import select

from bot.store.database import Database
from bot.store.rows import Page, now
from bot.store.schema import pages


class Pages:
    def __init__(self, database: Database) -> None:
        self._db = database

    def cached_page(self, url: str) -> Page | None:
        with self._db.read() as db:
            row = (
                db.execute(select(pages).where((pages.c.url == url) | (pages.c.canonical_url == url)))
                .mappings()
                .first()
            )
        return Page(**{k: row[k] for k in Page.__slots__}) if row else None

    def save_page(self, page: Page) -> None:
        with self._db.write() as db:
            db.execute(
                self._db.insert_ignoring_conflicts(pages).values(
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
