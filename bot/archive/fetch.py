"""Downloading a fact-check feed or page by link, with the safe fetcher's checks (bot/links/fetch.py).

The link, every address it resolves to and every redirect go through the same checks as a pasted
article's link (http and https only, no private addresses unless configured, the connection made to
the checked address); what differs is what a feed needs: JSON types are accepted, the body is written
to a file as it arrives (a feed can be far larger than an article), within its own size cap and deadline.
"""

from __future__ import annotations

from dataclasses import replace
from typing import IO
from urllib.parse import urljoin

from urllib3.exceptions import HTTPError, ProtocolError
from urllib3.exceptions import TimeoutError as HTTPTimeout

from bot.config import FetchConfig
from bot.links.fetch import (
    _REDIRECTS,
    FetchError,
    _any_address,
    _Deadline,
    _media_type,
    _open,
    _refusal_for_type,
    checked_address,
    is_public,
    parse_link,
    system_resolver,
)

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
    allowed = _any_address if config.allow_private_addresses else is_public
    deadline = _Deadline(seconds)
    target = parse_link(url, config.allow_private_addresses)
    for _ in range(config.max_redirects + 1):
        address = checked_address(target, system_resolver, allowed)
        response = _open(target, address, config, deadline)
        if response.status in _REDIRECTS:
            location = response.headers.get("Location")
            response.release_conn()
            if not location:
                raise FetchError("The site sent a redirect without a destination.")
            target = parse_link(urljoin(target.url, location), config.allow_private_addresses)
            continue
        if response.status >= 400:
            response.release_conn()
            raise FetchError(f"The site answered HTTP {response.status}.")
        media_type = _media_type(response.headers.get("Content-Type", "application/octet-stream"))
        if media_type not in FEED_TYPES:
            response.release_conn()
            raise FetchError(_refusal_for_type(media_type).replace("an article", "a feed or page"))
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
        return target.url
    raise FetchError(f"The link redirects more than {config.max_redirects} times.")
