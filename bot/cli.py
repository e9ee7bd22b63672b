"""The `claimcheck` command."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Callable, Sequence, TextIO

from claims import ClaimCheckError, InputError, classify_sentence, decode_article, extract_article

from bot.config import AppConfig, load_config
from bot import render

log = logging.getLogger("claimcheck")


def _looks_like_url(source: str) -> bool:
    """Any scheme:// counts, so that ftp:// gets "only http and https" rather than "no such file"."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def read_source(source: str, config: AppConfig, stdin: TextIO) -> tuple[str, str | None, str | None]:
    """(text, title, url) of a file, `-` for standard input, or a link."""
    if _looks_like_url(source):
        from bot.fetch import fetch_article  # the HTTP stack loads only when a link is given

        page = fetch_article(source, config.fetch)
        return page.text, page.title, page.canonical_url or page.url
    if source == "-":
        data = stdin.buffer.read(config.max_input_bytes + 1) if hasattr(stdin, "buffer") else \
            stdin.read(config.max_input_bytes + 1).encode("utf-8", "surrogateescape")
        return decode_article(data, config.max_input_bytes, "Standard input"), None, None
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{source} is a folder, not a file.")
    try:
        with path.open("rb") as handle:
            data = handle.read(config.max_input_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file.") from None
    except OSError as exc:
        raise InputError(f"{source} cannot be read ({exc.strerror or type(exc).__name__}).") from None
    return decode_article(data, config.max_input_bytes, source), None, None


def cmd_extract(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    text, title, url = read_source(args.source, config, stdin)
    article = extract_article(text, config.engine)
    if title and not article.title:
        article = type(article)(title=title, claims=article.claims)
    if args.format == "json":
        out.write(render.extract_json(article, url) + "\n")
    elif args.format == "markdown":
        out.write(render.extract_markdown(article) + "\n")
    else:
        colour = out.isatty() and "NO_COLOR" not in os.environ
        out.write(render.extract_text(article, colour) + "\n")
    return 0


def cmd_classify(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    # one sentence per line, one answer per line, in order; a line is never skipped
    for line in stdin:
        verdict = classify_sentence(line[:20000], config.engine)
        out.write(json.dumps({"claim": verdict.claim, "score": verdict.score, "type": verdict.type}) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimcheck", description="Fact-check checklists from news articles.")
    parser.add_argument("--config", help="a config.yaml to use (default: ./config.yaml or $CLAIMCHECK_CONFIG)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser("extract", help="list the checkable claims of an article (file, - or link)")
    extract.add_argument("source", nargs="?", default="-", help="a text file, - for standard input, or a link")
    extract.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    extract.set_defaults(run=cmd_extract)

    classify = sub.add_parser("classify", help="one sentence per input line -> one JSON verdict per line")
    classify.set_defaults(run=cmd_classify)
    _register_more(sub)
    return parser


def _register_more(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Commands that live beside their own modules (fetching, the store, the chat adapters)."""
    for module in ("bot.fetch_cli", "bot.console", "bot.report_cli", "bot.serve"):
        try:
            register: Callable[[argparse._SubParsersAction], None] = __import__(module, fromlist=["register"]).register  # type: ignore[type-arg]
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        register(sub)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    logging.basicConfig(level=os.environ.get("CLAIMCHECK_LOG_LEVEL", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        return int(args.run(args, config, out, stdin))
    except ClaimCheckError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
