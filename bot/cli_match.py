"""`claimcheck match`: the published fact-checks closest to each claim read on standard input.

    python -m bot.cli_match --archive claimreviews.jsonl.gz < claims.txt

The archive is JSON Lines of schema.org ClaimReview objects (gzip allowed). Each input line is one
claim; each output line is `{"matches": [{"id": ..., "score": ...}, ...]}`, best first, top five.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from claims.errors import InputError
from claims.match import MatchIndex, ReviewText

TOP = 5


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _name(value: Any) -> str | None:
    """The name of a schema.org Organization or Person (or the first of a list), or a plain string."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return (value.strip() or None) if isinstance(value, str) else None


def review_text(obj: Any) -> ReviewText | None:
    """The `ReviewText` of one ClaimReview object, or None when it is not one or names no claim or id."""
    if not isinstance(obj, dict):
        return None
    claim = _text(obj.get("claimReviewed"))
    url = _text(obj.get("url")) or None
    identifier = obj.get("identifier")
    ident = str(identifier).strip() if isinstance(identifier, (str, int)) else ""
    if not claim or not (ident or url):
        return None
    rating = obj.get("reviewRating")
    return ReviewText(
        id=ident or str(url),
        claim=claim,
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        description=_text(obj.get("description")),
        rating=(_text(rating.get("alternateName")) or None) if isinstance(rating, dict) else None,
        publisher=_name(obj.get("author")) or _name(obj.get("publisher")),
        date=_text(obj.get("datePublished")) or None,
        url=url,
    )


_CHUNK = 4096  # lines parsed by one json.loads call: far fewer calls, memory still bounded


def _objects(lines: list[str], path: str, first: int) -> list[Any]:
    try:
        return list(json.loads("[" + ",".join(lines) + "]"))
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(lines, first):  # find the line at fault, for the message
        try:
            json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}, line {number}: not JSON (one ClaimReview object per line).") from None
    raise InputError(f"{path}, lines {first}-{first + len(lines) - 1}: not JSON Lines.")


def read_archive(path: str) -> Iterator[ReviewText]:
    """The ClaimReview records of a JSON Lines file (gzip allowed), as `ReviewText`; lines that are
    not a ClaimReview with a claim and an identifier or url are passed over.

    Raises:
        InputError: the file is missing, unreadable, not gzip although named .gz, or a line is not JSON.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path} is a folder, not a JSON Lines file.")
    try:
        with p.open("rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        if path.endswith(".gz") and not gzipped:
            raise InputError(f"{path} is named .gz but is not gzip data.")
        handle = gzip.open(p, "rt", encoding="utf-8-sig") if gzipped else p.open(encoding="utf-8-sig")
        with handle:
            number = 1
            while True:
                lines = handle.readlines(_CHUNK * 512)
                if not lines:
                    break
                kept = [line for line in lines if line.strip()]
                for obj in _objects(kept, path, number) if kept else []:
                    record = review_text(obj)
                    if record is not None:
                        yield record
                number += len(lines)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    except (EOFError, zlib.error):
        raise InputError(f"{path} is not complete gzip data.") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text.") from None


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `match` subcommand to `subparsers` (from `ArgumentParser.add_subparsers`)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "match", help="one claim per input line -> the closest published fact-checks, as JSON lines"
    )
    _arguments(parser)
    return parser


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archive", required=True, metavar="FILE", help="JSON Lines of schema.org ClaimReview objects (.gz allowed)"
    )


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Match every line of `stdin` against `args.archive`; a bad archive is one sentence on stderr, exit 2."""
    try:
        index = MatchIndex.build(read_archive(args.archive))
    except InputError as exc:
        print(f"claimcheck match: {exc}", file=sys.stderr)
        return 2
    for line in stdin:
        matches = index.search(line.strip(), TOP) if line.strip() else []
        stdout.write(json.dumps({"matches": [{"id": m.id, "score": m.score} for m in matches]}) + "\n")
        stdout.flush()  # one answer per claim as it comes, so another program can converse with it
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="claimcheck match", description=__doc__.split("\n\n")[0])
    _arguments(parser)
    args = parser.parse_args(argv)
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # a stray byte in a claim is not worth a traceback
    return run(args, sys.stdin, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
