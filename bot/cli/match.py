"""`claimcheck match`: the published fact-checks closest to each claim read on standard input.

    claimcheck match --archive claimreviews.jsonl.gz < claims.txt

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

from bot.archive.claimreview import to_review
from bot.config import AppConfig
from bot.core.published import as_review_text
from claims.errors import InputError
from claims.match import MatchIndex, ReviewText

TOP = 5


def review_text(obj: Any) -> ReviewText | None:
    """The `ReviewText` of one ClaimReview object (read as the archive reads it), or None when it is left out."""
    review = to_review(obj) if isinstance(obj, dict) else None
    return None if review is None or isinstance(review, str) else as_review_text(review)


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


def run(archive: str, stdin: TextIO, stdout: TextIO) -> int:
    """Match every line of `stdin` against `archive`; a bad archive is one sentence on stderr, exit 2."""
    try:
        index = MatchIndex.build(read_archive(archive))
    except InputError as exc:
        print(f"claimcheck match: {exc}", file=sys.stderr)
        return 2
    for line in stdin:
        matches = index.search(line.strip(), TOP) if line.strip() else []
        stdout.write(json.dumps({"matches": [{"id": m.id, "score": m.score} for m in matches]}) + "\n")
        stdout.flush()  # one answer per claim as it comes, so another program can converse with it
    return 0


def cmd_match(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    if isinstance(stdin, io.TextIOWrapper):
        stdin.reconfigure(errors="replace")  # a stray byte in a claim is not worth a traceback
    return run(args.archive, stdin, out)
