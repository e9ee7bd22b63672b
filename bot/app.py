"""Building the bot: one function wires config, store, fetcher and workflow, and hands them down."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import AppConfig, load_config
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


def create_app(config: AppConfig | None = None, database_url: str | None = None) -> App:
    """The store (migrated), the workflow and the config, built once per process."""
    config = config or load_config()
    store = Store.open(database_url or config.database_url or None)
    workflow = Workflow(config, store, fetcher=make_fetcher(config))
    return App(config=config, store=store, workflow=workflow)
