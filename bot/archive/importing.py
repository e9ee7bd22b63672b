"""Importing published fact-checks: a file or link in, the archive updated, counts out.

One file is all or nothing: its records are staged as they stream in and join the archive in one
transaction at the end; a malformed file discards what was staged.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bot.archive.claimreview import candidates, to_review
from bot.archive.read import read_values
from bot.config import AppConfig
from bot.store import ImportCounts, Store
from claims import ClaimCheckError

Progress = Callable[[int], None]


@dataclass
class ImportResult:
    source: str
    counts: ImportCounts = ImportCounts()
    skipped: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        """ "feed.json: 3 added, 1 updated, 0 unchanged, 2 skipped (1 bad date, 1 no claimReviewed)" """
        c = self.counts
        text = f"{self.source}: {c.added} added, {c.updated} updated, {c.unchanged} unchanged"
        total = sum(self.skipped.values())
        text += f", {total} skipped"
        if total:
            text += " (" + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items(), key=lambda x: -x[1])) + ")"
        return text


def _is_link(source: str) -> bool:
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def import_file(store: Store, path: Path, name: str, progress: Progress | None = None) -> ImportResult:
    """Import every ClaimReview of the file at `path`; all of it or, on a malformed file, none of it.

    Raises:
        InputError: the file cannot be read as JSON-LD, JSON Lines or a page (nothing is imported).
    """
    result = ImportResult(name)
    staged = store.archive.importer()
    seen = 0
    try:
        for value in read_values(path, name, _counter(result.skipped)):
            for obj in candidates(value):
                seen += 1
                review = to_review(obj)
                if isinstance(review, str):
                    result.skipped[review] += 1
                else:
                    staged.add(review)
                if progress is not None and seen % 1000 == 0:
                    progress(seen)
        result.counts = staged.commit()
    except BaseException:
        staged.discard()
        raise
    if progress is not None:
        progress(seen)
    return result


def _counter(counts: Counter[str]) -> Callable[[str], None]:
    def add(reason: str) -> None:
        counts[reason] += 1

    return add


def import_source(store: Store, source: str, config: AppConfig, progress: Progress | None = None) -> ImportResult:
    """Import a file, or a link fetched with the safe fetcher's checks.

    Raises:
        ClaimCheckError: the file or link cannot be read (the message says why; nothing is imported).
    """
    if not _is_link(source):
        return import_file(store, Path(source), source, progress)
    from bot.archive.fetch import download

    suffix = "".join(Path(urlsplit(source).path).suffixes[-2:])[:20]
    with tempfile.NamedTemporaryFile(prefix="claimcheck-feed-", suffix=suffix) as spool:
        try:
            download(
                source,
                config.fetch,
                spool,
                max_bytes=config.archive.link_max_bytes,
                seconds=config.archive.link_timeout_seconds,
            )
        except ClaimCheckError as exc:
            raise ClaimCheckError(f"{source} could not be fetched: {exc}") from None
        spool.flush()
        return import_file(store, Path(spool.name), source, progress)
