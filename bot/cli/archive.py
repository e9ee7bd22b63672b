"""`claimcheck archive import|stats|search`: the published fact-checks the checklist matches claims against.

    claimcheck archive import feed.json pages/*.html claimreviews.jsonl.gz https://example.org/feed.json
    claimcheck archive stats
    claimcheck archive search "5G masts spread the virus"
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from bot.config import AppConfig

_DATABASE_HELP = "a database URL (default: $CLAIMCHECK_DATABASE_URL or a SQLite file in your data folder)"


def add_parser(subparsers: Any, lazy: Any) -> None:
    """The `archive` command and its three subcommands (`lazy` imports this module only when one runs)."""
    archive = subparsers.add_parser("archive", help="published fact-checks: import ClaimReview, stats, search")
    sub = archive.add_subparsers(dest="archive_command", required=True, metavar="ACTION")
    imports = sub.add_parser(
        "import", help="import ClaimReview from JSON-LD, JSON Lines (.gz too), DataFeed files, pages or links"
    )
    imports.add_argument("sources", nargs="+", metavar="FILE|LINK")
    imports.set_defaults(run=lazy("bot.cli.archive:cmd_import"))
    stats = sub.add_parser("stats", help="how many published fact-checks, by publisher and year")
    stats.set_defaults(run=lazy("bot.cli.archive:cmd_stats"))
    search = sub.add_parser("search", help="the published fact-checks closest to a claim")
    search.add_argument("text", nargs="+", help="the claim")
    search.add_argument("-k", type=int, default=5, help="how many to show (default 5)")
    search.set_defaults(run=lazy("bot.cli.archive:cmd_search"))
    for parser in (imports, stats, search):
        parser.add_argument("--database", help=_DATABASE_HELP)


class _Progress:
    """Records read so far, on one rewritten line of standard error, only when it is a terminal."""

    def __init__(self, source: str, err: TextIO) -> None:
        self.source, self.err = source, err
        self.shown = 0.0
        self.on = err.isatty()

    def __call__(self, records: int) -> None:
        if self.on and time.monotonic() - self.shown >= 0.2:
            self.shown = time.monotonic()
            self.err.write(f"\r{self.source}: {records:,} records read")
            self.err.flush()

    def done(self) -> None:
        if self.on and self.shown:
            self.err.write("\r\x1b[K")
            self.err.flush()


def cmd_import(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    from bot.archive.importing import import_source
    from bot.store import Store
    from claims import ClaimCheckError

    store = Store.open(args.database or config.database_url or None)
    try:
        for source in args.sources:
            progress = _Progress(source, sys.stderr)
            try:
                result = import_source(store, source, config, progress)
            except ClaimCheckError as exc:
                progress.done()
                message = str(exc).rstrip(".")
                raise ClaimCheckError(f"{message}; nothing from it was imported.") from None
            progress.done()
            out.write(result.line() + "\n")
        return 0
    finally:
        store.close()


def cmd_stats(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    from bot.store import Store

    store = Store.open(args.database or config.database_url or None)
    try:
        total, publishers, years = store.archive.stats()
    finally:
        store.close()
    out.write(f"{total:,} published fact-checks\n")
    if total:
        out.write("by publisher:\n" + "".join(f"  {n:>8,}  {name}\n" for name, n in publishers[:30]))
        if len(publishers) > 30:
            out.write(f"  … and {len(publishers) - 30} more publishers\n")
        out.write("by year:\n" + "".join(f"  {n:>8,}  {year}\n" for year, n in years))
    return 0


def cmd_search(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    from bot.core.published import PublishedChecks, published_line, published_note
    from bot.store import Store

    text = " ".join(args.text).strip()
    store = Store.open(args.database or config.database_url or None)
    try:
        checks = PublishedChecks(store)
        found = checks.search(text, max(1, args.k))
        if not found:
            out.write("No published fact-check in the archive is close to that.\n")
            return 0
        for review, score in found:
            mark = "" if score >= checks.threshold else " (below the threshold: not shown on a checklist)"
            out.write(f"{score:.3f}{mark}  {published_line(published_note(text, review, score))}\n")
            out.write(f"       claim: {review.claim}\n")
        return 0
    finally:
        store.close()
