"""The main text and metadata of a fetched page (trafilatura), as clean article text.

Reading a page is bounded three ways, because trafilatura's time grows faster than the page
(measured: 5,000 paragraphs 1.1 s, 20,000 5.3 s, 50,000 22 s, 100,000 195 s; a 4.8 MB page of one
text 7.5 s): by decoded size (`fetch.max_bytes`, compressed bodies inflated here within it, so
trafilatura never decompresses anything), by elements (`fetch.max_elements`, counted before parsing),
and by time, in a separate process that is killed at the deadline. A thread could not be stopped:
it would keep a core busy (and the GIL held) after the person was told the page took too long.
The process is forked from the bot with trafilatura already loaded (copy-on-write, tens of
milliseconds); the parent itself never parses HTML, so no parser lock is held at the fork. (A fork
server would re-run the program's main script in every child; a fresh interpreter costs seconds.)
"""

from __future__ import annotations

import multiprocessing
import re
import threading
import zlib
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from bot.config import FetchConfig
from bot.core.service import FetchedPage
from claims import InputError

_TAG = re.compile(r"<[A-Za-z]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


class PageTimeout(InputError):
    """Reading the page's text took longer than the deadline."""


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # the title, then the body: what the claim engine reads
    body: str
    title: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    canonical_url: str | None

    def as_page(self, url: str) -> FetchedPage:
        """The page as the bot keeps it, read from `url`."""
        return FetchedPage(
            url=url,
            text=self.text,
            title=self.title,
            canonical_url=self.canonical_url,
            byline=self.byline,
            published=self.published,
            site_name=self.site_name,
        )


def page_text(html: bytes | str, url: str | None = None) -> PageText:
    """The article in an HTML page: body text without navigation, comments or boilerplate.

    Unbounded in time: for pages from outside use `read_page`, which bounds it.

    Raises:
        InputError: no article text could be found in the page.
    """
    import trafilatura  # heavy: loaded only when a page is read

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise InputError("No article text could be found on that page.")
    body = body.replace("\x00", "")
    title = getattr(document, "title", None)
    # the title leads the text, as in a pasted article, so the engine sees it as the headline
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return PageText(
        text=text,
        body=body,
        title=title,
        byline=getattr(document, "author", None),
        published=getattr(document, "date", None),
        site_name=getattr(document, "sitename", None),
        canonical_url=getattr(document, "url", None) or url,
    )


def html_text(html: bytes | str, max_bytes: int, charset: str | None = None) -> str:
    """The page as text: a gzip body (sent without saying so) inflated within `max_bytes`, then decoded.

    Decoding here means trafilatura is never handed bytes, so never decompresses anything itself
    (it would, up to 20 MB, whatever the cap here).
    """
    if isinstance(html, str):
        text = html
    else:
        data = html
        if data[:2] == b"\x1f\x8b":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                data = inflater.decompress(data, max_bytes + 1)
            except zlib.error:
                raise InputError("The page is compressed data that could not be read.") from None
            if len(data) > max_bytes or inflater.unconsumed_tail:
                raise InputError(f"The page is larger than {max_bytes / 1e6:g} MB once decompressed.")
            if data[:2] == b"\x1f\x8b":
                raise InputError("The page is compressed twice over, which the bot does not read.")
        text = _decode(data, charset)
    if len(text) > max_bytes:
        raise InputError(f"The page is larger than {max_bytes / 1e6:g} MB.")
    return text.replace("\x00", "")


def _decode(data: bytes, charset: str | None) -> str:
    """The page's text in the charset the server named, else its <meta charset>, else UTF-8, else a guess."""
    declared = _META_CHARSET.search(data[:4096])
    named = [charset] if charset else []
    for name in named + ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "utf-8"
    return data.decode(encoding, errors="replace")


def read_page(
    html: bytes | str, url: str | None, seconds: float, config: FetchConfig, charset: str | None = None
) -> PageText:
    """`page_text`, bounded in size, elements and time.

    Raises:
        InputError: too large, too many elements, no article text, or not read within `seconds`
            (PageTimeout); each a sentence for the person who pasted the link.
    """
    text = html_text(html, config.max_bytes, charset)
    elements = sum(1 for _ in _TAG.finditer(text))
    if elements > config.max_elements:
        raise InputError(
            f"That page has {elements:,} elements, more than the {config.max_elements:,} the bot reads; "
            "paste the article's text instead."
        )
    return _in_worker(text, url, seconds)


_LOADED = threading.Lock()


def _worker_context() -> Any:
    with _LOADED:
        import trafilatura  # noqa: F401 - loaded once here, so that every forked reader starts with it

    return multiprocessing.get_context("fork")


def _child(connection: Connection, text: str, url: str | None) -> None:
    try:
        connection.send(("page", page_text(text, url)))
    except InputError as exc:
        connection.send(("refused", str(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as one sentence
        connection.send(("failed", type(exc).__name__))
    finally:
        connection.close()


def _in_worker(text: str, url: str | None, seconds: float) -> PageText:
    context = _worker_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, text, url), daemon=True)
    too_slow = f"Reading the page's text took longer than {seconds:.0f} seconds; paste the article's text instead."
    try:
        process.start()
        sender.close()
        if not receiver.poll(max(seconds, 0.0)):
            raise PageTimeout(too_slow)
        kind, value = receiver.recv()
    except EOFError:
        raise InputError("The page could not be read.") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if kind == "page":
        assert isinstance(value, PageText)
        return value
    if kind == "refused":
        raise InputError(str(value))
    raise InputError(f"The page could not be read ({value}).")
