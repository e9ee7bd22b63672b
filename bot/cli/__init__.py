"""The `claimcheck` command: extract, classify, fetch, console, report and serve."""

from bot.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
