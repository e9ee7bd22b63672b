"""`claimcheck match`: the published fact-checks closest to each claim read on standard input.

    claimcheck match --archive claimreviews.jsonl.gz < claims.txt

The archive is JSON Lines of schema.org ClaimReview objects (gzip allowed). Each input line is one
claim; each output line is `{"matches": [{"id": ..., "score": ...}, ...]}`, best first, top five.

The archive is read in chunks of lines; each chunk is parsed and indexed on its own (`index_part`),
on every core when there are several chunks, and the parts are joined into one index.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from bot.archive.claimreview import to_review_text
from bot.config import AppConfig
from claims.errors import InputError
from claims.match import IndexPart, MatchIndex, MatchOptions, ReviewText, index_part

TOP = 5
_CHUNK_BYTES = (250_000, 8_000_000)  # the least and the most text in one part of the index
_MAX_WORKERS = 4  # past a few cores the parent, which reads and joins, is the bottleneck


def review_text(obj: Any) -> ReviewText | None:
    """The `ReviewText` of one ClaimReview object (read as the archive reads it), or None when it is left out."""
    review = to_review_text(obj) if isinstance(obj, dict) else None
    return None if review is None or isinstance(review, str) else review


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


def _records(chunk: tuple[int, list[str]], path: str) -> list[ReviewText]:
    """The ClaimReview records of one chunk of lines (numbered from `chunk[0]`, for messages)."""
    first, lines = chunk
    kept = [line for line in lines if line.strip()]
    found = (review_text(obj) for obj in (_objects(kept, path, first) if kept else []))
    return [record for record in found if record is not None]


def _text_size(path: Path, gzipped: bool) -> int:
    """How many bytes of text the file holds (a gzip file says so in its last four bytes, modulo 4 GB)."""
    size = path.stat().st_size
    if not gzipped or size < 18:
        return size
    with path.open("rb") as raw:
        raw.seek(-4, 2)
        return max(int.from_bytes(raw.read(4), "little"), size)


def _chunks(path: str, parts: int = 1) -> Iterator[tuple[int, list[str]]]:
    """The lines of a JSON Lines file (gzip allowed) in chunks, each with the number of its first line:
    about `parts` chunks of equal size, within `_CHUNK_BYTES`.

    Raises:
        InputError: the file is missing, unreadable, not gzip although named .gz, or not UTF-8.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path} is a folder, not a JSON Lines file.")
    try:
        with p.open("rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        if path.endswith(".gz") and not gzipped:
            raise InputError(f"{path} is named .gz but is not gzip data.")
        least, most = _CHUNK_BYTES
        size = min(max(_text_size(p, gzipped) // max(parts, 1) + 1, least), most)
        handle = gzip.open(p, "rt", encoding="utf-8-sig") if gzipped else p.open(encoding="utf-8-sig")
        with handle:
            number = 1
            while lines := handle.readlines(size):
                yield number, lines
                number += len(lines)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    except (EOFError, zlib.error):
        raise InputError(f"{path} is not complete gzip data.") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text.") from None


def read_archive(path: str) -> Iterator[ReviewText]:
    """The ClaimReview records of a JSON Lines file (gzip allowed), as `ReviewText`; lines that are
    not a ClaimReview with a claim and an identifier or url are passed over.

    Raises:
        InputError: the file is missing, unreadable, not gzip although named .gz, or a line is not JSON.
    """
    for chunk in _chunks(path):
        yield from _records(chunk, path)


def _part(chunk: tuple[int, list[str]], path: str, options: MatchOptions) -> IndexPart:
    return index_part(_records(chunk, path), options.field_weights, options.char_ngrams)


def _idle_cores() -> int:
    """How many workers are worth starting: one per core that other processes leave free (by the load
    average of the last minute), at most `_MAX_WORKERS`. On a busy machine a worker only competes for
    the same cores, and the extra work of splitting and joining makes the whole slower."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return max(1, min(cores - int(busy + 0.5), _MAX_WORKERS))


def build_index(path: str, options: MatchOptions | None = None, workers: int | None = None) -> MatchIndex:
    """The match index over the archive at `path`, its chunks parsed and indexed by `workers` processes
    (default: one per idle core, see `_idle_cores`; one means all in this process).

    Raises:
        InputError: as `read_archive`.
    """
    o = options or MatchOptions()
    count = _idle_cores() if workers is None else workers
    if count < 2:  # one part: no vocabulary built twice, nothing to join
        return MatchIndex.build(read_archive(path), o)
    work = partial(_part, path=path, options=o)
    import multiprocessing  # only when it is used: it costs a few milliseconds to import

    # forked workers: this command has no thread running yet, and a worker needs nothing but the chunk
    with multiprocessing.get_context("fork").Pool(count) as pool:
        # the parts are joined as they come, while the workers index the next
        return MatchIndex.from_parts(pool.imap(work, _chunks(path, count)), o)


def run(archive: str, stdin: TextIO, stdout: TextIO, workers: int | None = None) -> int:
    """Match every line of `stdin` against `archive`; a bad archive is one sentence on stderr, exit 2."""
    try:
        index = build_index(archive, workers=workers)
    except InputError as exc:
        print(f"claimcheck match: {exc}", file=sys.stderr)
        return 2
    for line in stdin:
        matches = index.search(line.strip(), TOP) if line.strip() else []
        stdout.write(json.dumps({"matches": [{"id": m.id, "score": m.score} for m in matches]}) + "\n")
        stdout.flush()  # one answer per claim as it comes, so another program can converse with it
    return 0


def cmd_match(args: argparse.Namespace, config: AppConfig | None, out: TextIO, stdin: TextIO) -> int:
    if isinstance(stdin, io.TextIOWrapper):
        stdin.reconfigure(errors="replace")  # a stray byte in a claim is not worth a traceback
    return run(args.archive, stdin, out)
