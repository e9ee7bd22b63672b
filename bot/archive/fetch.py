"""Downloading a fact-check feed or page by link, with the safe fetcher's checks (bot/links/fetch.py).

The link, every address it resolves to and every redirect go through the same checks as a pasted
article's link (http and https only, no private addresses unless configured, the connection made to
the checked address); what differs is what a feed needs: JSON types are accepted, the body is written
to a file as it arrives (a feed can be far larger than an article), within its own size cap and deadline.
"""

from __future__ import annotations

from dataclasses import replace
from typing import IO

from urllib3.exceptions import HTTPError, ProtocolError
from urllib3.exceptions import TimeoutError as HTTPTimeout

from bot.config import FetchConfig
from bot.links.fetch import FetchError, open_link

FEED_TYPES = {
    "text/html",
    "application/xhtml+xml",
    "application/json",
    "application/ld+json",
    "application/x-ndjson",
    "application/jsonl",
    "application/json-seq",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
    "text/plain",
}
_CHUNK = 256 * 1024


def download(url: str, config: FetchConfig, into: IO[bytes], max_bytes: int, seconds: float) -> str:
    """Write the body behind `url` into `into`; the final url. A FetchError says why it could not be."""
    config = replace(config, timeout_seconds=seconds, max_bytes=max_bytes)
    final_url, response, deadline = open_link(url, config, FEED_TYPES, "a feed or page")
    size = 0
    try:
        while True:
            deadline.left()
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"The feed is larger than {max_bytes / 1e6:g} MB.")
            into.write(chunk)
    except (HTTPTimeout, TimeoutError):
        raise FetchError(f"The feed took longer than {seconds:g} seconds.") from None
    except (ProtocolError, HTTPError, OSError):
        raise FetchError("The site broke off the connection before the feed was complete.") from None
    finally:
        response.release_conn()
        deadline.close()
    return final_url
