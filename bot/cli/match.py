"""`claimcheck match`: the published fact-checks closest to each claim read on standard input.

    claimcheck match --archive claimreviews.jsonl.gz < claims.txt

The archive is JSON Lines of schema.org ClaimReview objects (gzip allowed). Each input line is one
claim; each output line is `{"matches": [{"id": ..., "score": ...}, ...]}`, best first, top five.

The archive is read in chunks of lines (about a megabyte each), each parsed as one JSON array, and
indexed as it comes: `MatchIndex.build` finds the words of one block of records in a second thread
while the next is read.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.archive.claimreview import to_review_text
from bot.config import AppConfig
from claims.errors import InputError
from claims.match_text import ReviewText

if TYPE_CHECKING:
    from claims.match import MatchIndex, MatchOptions

TOP = 5
_CHUNK_BYTES = 1_000_000  # the text of one chunk of lines, parsed at once


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


def _chunks(path: str) -> Iterator[tuple[int, list[str]]]:
    """The lines of a JSON Lines file (gzip allowed) in chunks of about `_CHUNK_BYTES`, each with the
    number of its first line.

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
        with gzip.open(p) if gzipped else p.open("rb") as handle:
            number, rest = 1, b""
            while block := handle.read(_CHUNK_BYTES):
                cut = block.rfind(b"\n") + 1  # whole lines only: no character is cut in two
                if not cut:
                    rest += block
                    continue
                text = (rest + block[:cut]).decode("utf-8")
                rest = block[cut:]
                if number == 1:
                    text = text.removeprefix("\ufeff")
                lines = text.split("\n")[:-1]
                yield number, lines
                number += len(lines)
            if rest:
                yield number, [rest.decode("utf-8").removeprefix("\ufeff" if number == 1 else "")]
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


def build_index(path: str, options: MatchOptions | None = None) -> MatchIndex:
    """The match index over the archive at `path`.

    Raises:
        InputError: as `read_archive`.
    """
    from claims.match import MatchIndex  # numpy: loaded when an index is built

    return MatchIndex.build(read_archive(path), options)


@contextmanager
def _memory_kept() -> Iterator[None]:
    """While building, freed memory stays with the process (glibc only; elsewhere nothing changes).

    The index is built a block of reviews at a time, in arrays of megabytes; glibc hands every such
    array back to the system when it is freed and the next block's faults its pages in again (half the
    page faults of the run, about 0.1 s of system time). Raising the thresholds keeps them for reuse.
    """
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        yield
        return
    m_trim_threshold, m_mmap_threshold, default = -1, -3, 128 * 1024
    mallopt(m_mmap_threshold, 1 << 30)
    mallopt(m_trim_threshold, 1 << 30)
    try:
        yield
    finally:
        mallopt(m_mmap_threshold, default)
        mallopt(m_trim_threshold, default)


def run(archive: str, stdin: TextIO, stdout: TextIO) -> int:
    """Match every line of `stdin` against `archive`; a bad archive is one sentence on stderr, exit 2."""
    # reading builds hundreds of thousands of objects that all live on: the cyclic collector's passes
    # over them would find nothing (about 5% of the run), so it sleeps until the index is built
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _memory_kept():
            index = build_index(archive)
    except InputError as exc:
        print(f"claimcheck match: {exc}", file=sys.stderr)
        return 2
    finally:
        if collecting:
            gc.enable()
    for line in stdin:
        matches = index.search(line.strip(), TOP) if line.strip() else []
        stdout.write(json.dumps({"matches": [{"id": m.id, "score": m.score} for m in matches]}) + "\n")
        stdout.flush()  # one answer per claim as it comes, so another program can converse with it
    return 0


def cmd_match(args: argparse.Namespace, config: AppConfig | None, out: TextIO, stdin: TextIO) -> int:
    # numpy's OpenBLAS starts a thread per core as it loads, which costs this command about 0.08 s of
    # CPU on two cores; matching multiplies no matrices (an OPENBLAS_NUM_THREADS already set is kept)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if isinstance(stdin, io.TextIOWrapper):
        stdin.reconfigure(errors="replace")  # a stray byte in a claim is not worth a traceback
    return run(args.archive, stdin, out)
