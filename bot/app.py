"""Building the bot: one function wires config, store, fetcher and workflow, and hands them down."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import AppConfig, load_config
from bot.core.published import PublishedChecks
from bot.core.service import FetchedPage, Fetcher, Workflow
from bot.store import Store


@dataclass(frozen=True, slots=True)
class App:
    config: AppConfig
    store: Store
    workflow: Workflow

    def close(self) -> None:
        self.store.close()


def make_fetcher(config: AppConfig) -> Fetcher:
    """The safe link fetcher, bound to the fetch settings (imported lazily: only links need it)."""

    def fetch(url: str) -> FetchedPage:
        from bot.links.fetch import fetch_article

        return fetch_article(url, config.fetch)

    return fetch


def make_published(config: AppConfig, store: Store) -> PublishedChecks:
    """The archive's matcher, with the fact-check API when CLAIMCHECK_FACTCHECK_API_KEY is set."""
    lookup = None
    if config.archive.api_key:
        from bot.archive.lookup import google_lookup

        archive = config.archive
        lookup = google_lookup(archive.api_key, archive.lookup_url, timeout=max(archive.lookup_seconds, 5))
    return PublishedChecks(
        store,
        lookup=lookup,
        lookup_seconds=config.archive.lookup_seconds,
        lookup_cache_seconds=config.archive.lookup_cache_hours * 3600,
        lookup_max_claims=config.archive.lookup_max_claims,
    )


def create_app(config: AppConfig | None = None, database_url: str | None = None) -> App:
    """The store (migrated), the workflow and the config, built once per process."""
    config = config or load_config()
    store = Store.open(database_url or config.database_url or None)
    workflow = Workflow(config, store, fetcher=make_fetcher(config))
    workflow.published = make_published(config, store)
    return App(config=config, store=store, workflow=workflow)
