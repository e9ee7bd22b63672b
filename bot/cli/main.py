"""The `claimcheck` command."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TextIO

import claims
from bot.config import AppConfig, load_config
from bot.core import render
from bot.core.files import read_file, read_stream
from bot.logs import configure_logging
from claims import ClaimCheckError, EngineConfig, decode_article

# the report formats, named here so that building the parser imports no report code
REPORT_FORMATS = ("text", "markdown", "csv", "json", "html", "claimreview")

log = logging.getLogger("claimcheck")


def _looks_like_url(source: str) -> bool:
    """Any scheme:// counts, so that ftp:// gets "only http and https" rather than "no such file"."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def read_source(source: str, config: AppConfig, stdin: TextIO) -> tuple[str, str | None, str | None]:
    """(text, title, url) of a file, `-` for standard input, or a link."""
    if _looks_like_url(source):
        from bot.links.fetch import fetch_article  # the HTTP stack loads only when a link is given

        page = fetch_article(source, config.fetch)
        return page.text, page.title, page.canonical_url or page.url
    if source == "-":
        return decode_article(_stdin_bytes(stdin, config), config.max_input_bytes, "Standard input"), None, None
    data = read_file(source, config.max_input_bytes)
    return decode_article(data, config.max_input_bytes, source), None, None


def _stdin_bytes(stdin: TextIO, config: AppConfig) -> bytes:
    """Standard input, at most input.max_bytes of it (`classify < /dev/zero` must not eat the memory)."""
    if hasattr(stdin, "buffer"):
        return read_stream(stdin.buffer, config.max_input_bytes)
    text = stdin.read(config.max_input_bytes + 1)
    return read_stream(io.BytesIO(text.encode("utf-8", "surrogateescape")), config.max_input_bytes)


def cmd_extract(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    text, title, url = read_source(args.source, config, stdin)
    article = claims.extract_article(text, config.engine)  # the engine loads here, not for every command
    if title and not article.title:
        article = replace(article, title=title)
    if args.format == "json":
        out.write(render.extract_json(article, url) + "\n")
    elif args.format == "markdown":
        out.write(render.extract_markdown(article) + "\n")
    else:
        colour = out.isatty() and "NO_COLOR" not in os.environ
        out.write(render.extract_text(article, colour) + "\n")
    return 0


_CLASSIFY_CHUNK = 1000


def _classify_lines(lines: list[str], config: EngineConfig) -> str:
    out = []
    for line in lines:
        verdict = claims.classify_sentence(line[:20000], config)
        out.append(json.dumps({"claim": verdict.claim, "score": verdict.score, "type": verdict.type}))
    return "".join(answer + "\n" for answer in out)


def cmd_classify(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    """One sentence per line in, one JSON verdict per line out, in order; a line is never skipped.

    Large inputs are cut into chunks classified on every core (order kept), since batch scoring of a
    data set is the one job here that is bound by CPU alone.
    """
    data = _stdin_bytes(stdin, config)
    # undecodable bytes become U+FFFD: a line is answered, never skipped nor a traceback
    lines = data.decode("utf-8", "replace").replace("\x00", "").splitlines()
    chunks: list[list[str]] = []
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == _CLASSIFY_CHUNK:
            chunks.append(chunk)
            chunk = []
    if chunk:
        chunks.append(chunk)
    cores = os.cpu_count() or 1
    if len(chunks) < 3 or cores < 2:
        for piece in chunks:
            out.write(_classify_lines(piece, config.engine))
        return 0
    import multiprocessing
    from functools import partial

    with multiprocessing.get_context("fork").Pool(min(cores, len(chunks))) as pool:
        for answers in pool.imap(partial(_classify_lines, config=config.engine), chunks):
            out.write(answers)
    return 0


def _lazy(target: str) -> Callable[[argparse.Namespace, AppConfig, TextIO, TextIO], int]:
    """A command whose module is imported only when it runs: `classify` must not pay for the database."""

    def run(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
        module, name = target.split(":")
        command: Callable[[argparse.Namespace, AppConfig, TextIO, TextIO], int] = getattr(
            importlib.import_module(module), name
        )
        return command(args, config, out, stdin)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimcheck", description="Fact-check checklists from news articles.")
    parser.add_argument("--config", help="a config.yaml to use (default: ./config.yaml or $CLAIMCHECK_CONFIG)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    database_help = "a database URL (default: $CLAIMCHECK_DATABASE_URL or a SQLite file in your data folder)"

    extract = sub.add_parser("extract", help="list the checkable claims of an article (file, - or link)")
    extract.add_argument("source", nargs="?", default="-", help="a text file, - for standard input, or a link")
    extract.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    extract.set_defaults(run=cmd_extract)

    classify = sub.add_parser("classify", help="one sentence per input line -> one JSON verdict per line")
    classify.set_defaults(run=cmd_classify)

    fetch = sub.add_parser("fetch", help="the main text and metadata of a link or a saved HTML page")
    fetch.add_argument("source", help="an http(s) link or an .html file")
    fetch.add_argument("--format", choices=["text", "json"], default="text")
    fetch.set_defaults(run=_lazy("bot.cli.fetch:cmd_fetch"))

    console = sub.add_parser("console", help="run the checklist workflow in the terminal (no tokens needed)")
    console.add_argument("--user", help="the editor's name (default: your login name)")
    console.add_argument("--database", help=database_help)
    console.set_defaults(run=_lazy("bot.chat.console:cmd_console"))

    report = sub.add_parser("report", help="the report of a checklist (the latest by default)")
    report.add_argument("--checklist", help="a checklist number or the article's link")
    report.add_argument("--format", choices=REPORT_FORMATS, default="text")
    report.add_argument("--workspace", help="the workspace (Slack team or Discord guild id); default: the console's")
    report.add_argument("--channel", help="the channel whose latest checklist to report")
    report.add_argument("--database", help=database_help)
    report.set_defaults(run=_lazy("bot.cli.report:cmd_report"))

    serve = sub.add_parser("serve", help="run the chat bot: slack or discord")
    serve.add_argument("platform", choices=["slack", "discord"])
    serve.add_argument("--http", action="store_true", help="Slack: serve HTTP (Events API) instead of Socket Mode")
    serve.add_argument("--host", default="0.0.0.0", help="Slack HTTP mode: the address to listen on")
    serve.add_argument("--port", type=int, default=3000, help="Slack HTTP mode: the port to listen on")
    serve.add_argument("--database", help=database_help)
    serve.set_defaults(run=_lazy("bot.cli.serve:cmd_serve"))

    match = sub.add_parser("match", help="one claim per input line -> the closest published fact-checks (JSON lines)")
    match.add_argument(
        "--archive", required=True, metavar="FILE", help="JSON Lines of ClaimReview objects (.gz allowed)"
    )
    # matching reads no settings: its start-up is part of every run's time (the archive is its input)
    match.set_defaults(run=_lazy("bot.cli.match:cmd_match"), needs_config=False)

    from bot.cli import archive  # its parser only; the commands import what they need when they run

    archive.add_parser(sub, _lazy)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    configure_logging(
        os.environ.get("CLAIMCHECK_LOG_LEVEL", "WARNING"), os.environ.get("CLAIMCHECK_LOG_FORMAT", "text")
    )
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config) if getattr(args, "needs_config", True) else None
        return int(args.run(args, config, out, stdin))
    except ClaimCheckError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # python -m bot.cli.main
    sys.exit(main())
