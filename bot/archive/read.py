"""Reading ClaimReview from files without holding them in memory: JSON-LD (lists, @graph, a DataFeed),
JSON Lines, web pages' `<script type="application/ld+json">` blocks; gzip in any of them.

A JSON document is parsed as a stream of events (ijson): each element of a top-level list, of
`@graph` and of `dataFeedElement` is built and handed on alone, so a 500 MB feed never sits in memory.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import ijson

from bot.archive.claimreview import UNREADABLE_BLOCK
from claims import InputError

_PAGE_LIMIT = 50_000_000  # a saved web page is read whole; past this it is not a page
_SNIFF = 4096


class _JsonLdScripts(HTMLParser):
    """The text of every `<script type="application/ld+json">` of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str] = []
        self._inside = False
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
            self._inside = kind == "application/ld+json"
            self._parts = []

    def handle_data(self, data: str) -> None:
        if self._inside:
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inside:
            self.blocks.append("".join(self._parts))
            self._inside = False


def page_values(html: str, on_skip: Callable[[str], None]) -> Iterator[Any]:
    """The JSON-LD values of a page; a block that is not JSON is skipped (pages often carry one)."""
    parser = _JsonLdScripts()
    parser.feed(html)
    parser.close()
    for block in parser.blocks:
        try:
            yield json.loads(block.strip().removeprefix("<!--").removesuffix("-->"), strict=False)
        except ValueError:
            on_skip(UNREADABLE_BLOCK)


def _opened(path: Path) -> IO[bytes]:
    raw = path.open("rb")
    gzipped = raw.read(2) == b"\x1f\x8b"
    raw.seek(0)
    if path.name.endswith(".gz") and not gzipped:
        raw.close()
        raise InputError(f"{path} is named .gz but is not gzip data.")
    return gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw  # type: ignore[return-value]


def _kind(path: Path, head: bytes) -> str:
    """ "page", "lines" or "json", from the name and the first bytes."""
    name = path.name.lower().removesuffix(".gz")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] == b"<" or name.endswith((".html", ".htm")):
        return "page"
    if name.endswith((".jsonl", ".ndjson", ".jl")):
        return "lines"
    if name.endswith((".json", ".jsonld")):
        return "json"
    first, newline, rest = text.partition(b"\n")
    if newline and rest.strip() and first.strip()[:1] == b"{":
        try:
            json.loads(first)
            return "lines"
        except ValueError:
            pass
    return "json"


def _split(prefix: str) -> bool:
    """Whether the container starting at `prefix` is one record to build alone (a list's element)."""
    return prefix == "item" or prefix.endswith(("@graph.item", "dataFeedElement.item"))


def _record_prefixes(handle: IO[bytes]) -> list[str]:
    """Where a JSON document's records are: the outermost lists (top-level, `@graph`, `dataFeedElement`)
    whose elements are objects, as ijson prefixes; empty when the document is one record."""
    found: list[str] = []
    for prefix, event, _value in ijson.parse(handle):
        if event == "start_map" and _split(prefix) and prefix not in found:
            if not any(prefix.startswith(outer + ".") for outer in found):
                found.append(prefix)
    return found


def _stream_json(path: Path) -> Iterator[Any]:
    """The records of one JSON document, each built alone (by ijson's C backend): the elements of its
    outermost lists of records, found in a first pass over the events; else the document itself."""
    with _opened(path) as handle:
        prefixes = _record_prefixes(handle)
    for prefix in prefixes or [""]:
        with _opened(path) as handle:
            yield from ijson.items(handle, prefix, use_float=True)


def _lines(handle: IO[bytes], name: str) -> Iterator[Any]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except ValueError:
            raise InputError(f"{name}, line {number}: not JSON (one ClaimReview object per line).") from None


def read_values(path: Path, name: str, on_skip: Callable[[str], None]) -> Iterator[Any]:
    """Every JSON-LD value of the file at `path` (`name` is what messages call it).

    Raises:
        InputError: the file is missing, not gzip although named .gz, not UTF-8, or not JSON.
    """
    if path.is_dir():
        raise InputError(f"{name} is a folder, not a file.")
    try:
        with _opened(path) as handle:
            head = handle.peek(_SNIFF) if hasattr(handle, "peek") else b""
            kind = _kind(path, head[:_SNIFF])
            if kind == "page":
                data = handle.read(_PAGE_LIMIT + 1)
                if len(data) > _PAGE_LIMIT:
                    raise InputError(f"{name} is larger than {_PAGE_LIMIT // 1_000_000} MB for a web page.")
                found = False
                for value in page_values(data.decode("utf-8", errors="replace"), on_skip):
                    found = True
                    yield value
                if not found and b"application/ld+json" not in data:
                    raise InputError(f'{name} holds no JSON-LD (no <script type="application/ld+json">).')
            elif kind == "lines":
                yield from _lines(handle, name)
            else:
                yield from _stream_json(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file.") from None
    except ijson.JSONError as exc:
        detail = str(exc).splitlines()[0][:120] if str(exc) else "it ends too early"
        raise InputError(f"{name} is not valid JSON ({detail}).") from None
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text.") from None
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise InputError(f"{name} is damaged gzip data.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or type(exc).__name__}).") from None
