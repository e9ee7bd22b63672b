"""Fetching a pasted link without becoming a way into the newsroom's network (OWASP SSRF guidance).

- http and https only, default ports only, no credentials in the link;
- the host is resolved once, every address checked, and the connection made to the checked address
  (SNI and Host keep the name), so a second DNS answer cannot point somewhere else;
- private, loopback, link-local, CGNAT, multicast and reserved addresses are refused, including IPv4
  addresses hidden in IPv6 (mapped, NAT64, 6to4, Teredo), unless configuration allows them;
- every redirect is checked again, at most `max_redirects`;
- one deadline for the whole fetch: resolving, connecting, the status line and headers (a server
  sending them one byte a second), the body, decompression and reading the page's text. A watchdog
  shuts the socket down when the deadline passes, so no read can outlast it whatever urllib3 or
  http.client do between two bytes;
- a cap on decoded bytes, decompressed here in bounded steps (a gzip bomb stops at the cap), and a
  content-type allowlist. Proxies in the environment are never used (urllib3 reads none).

The fetch runs in the thread that asked for it (a chat adapter's listener thread): that thread is
held for at most `fetch.timeout_seconds`, so ten slow links hold ten threads for that long, not forever.
"""

from __future__ import annotations

import ipaddress
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError, MaxRetryError, NewConnectionError, ProtocolError, SSLError
from urllib3.exceptions import TimeoutError as HTTPTimeout

from bot.config import FetchConfig
from bot.core.service import FetchedPage
from bot.links.addresses import AddressPolicy, Resolver, _looks_numeric, embedded_ipv4, is_public, system_resolver
from bot.links.deadline import _Deadline, _resolve_within, _WatchedHTTP, _WatchedHTTPS
from bot.links.errors import FetchError
from claims import InputError, check_text

__all__ = [
    "AddressPolicy",
    "FetchError",
    "Resolver",
    "OpenedLink",
    "Target",
    "_Deadline",
    "checked_address",
    "embedded_ipv4",
    "fetch_article",
    "fetch_raw",
    "host_header",
    "is_public",
    "open_link",
    "parse_link",
    "system_resolver",
]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain"}
_REDIRECTS = {301, 302, 303, 307, 308}
_READ_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    url: str


def parse_link(url: str, any_port: bool = False) -> Target:
    """The parts of a link the bot may fetch, or a FetchError saying why not.

    `any_port` goes with allowing private addresses: an intranet system may listen anywhere.
    """
    url = url.strip().strip("<>")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError("That link is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise FetchError("Only http and https links can be fetched.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise FetchError("Links with a user name or password in them are not fetched.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("That link has no host name.")
    if port is not None and port != _DEFAULT_PORTS[scheme] and not any_port:
        raise FetchError(f"Links to port {port} are not fetched; only the standard web ports are.")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(scheme=scheme, host=host, port=port or _DEFAULT_PORTS[scheme], path=path, url=url)


def checked_address(target: Target, resolver: Resolver, allowed: AddressPolicy) -> str:
    """Resolve the host once and return the address to connect to, refusing any answer not `allowed`."""
    host = target.host.strip("[]")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is None and _looks_numeric(host):
        raise FetchError("That link uses a numeric address in a disguised form, which the bot does not fetch.")
    addresses = [str(literal)] if literal is not None else resolver(host, target.port)
    if not addresses:
        raise FetchError(f"The site {target.host} could not be found.")
    if not all(allowed(a) for a in addresses):
        raise FetchError("That link points to a private network address, which the bot does not fetch.")
    return addresses[0]


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _refusal_for_type(media_type: str) -> str:
    if media_type == "application/pdf":
        return "That link is a PDF; paste the text instead."
    if media_type.startswith("image/"):
        return "That link is an image, not an article."
    if media_type.startswith(("video/", "audio/")):
        return "That link is a video or audio file, not an article."
    return f"That link is not a web page (it is {media_type or 'of an unknown type'}); paste the text instead."


def host_header(target: Target) -> str:
    """The Host header: an IPv6 literal in brackets, the port when not the scheme's default."""
    host = f"[{target.host}]" if ":" in target.host else target.host
    return host if target.port == _DEFAULT_PORTS[target.scheme] else f"{host}:{target.port}"


def _open(
    target: Target, address: str, config: FetchConfig, deadline: _Deadline, decode_content: bool = True
) -> urllib3.BaseHTTPResponse:
    timeout = urllib3.Timeout(connect=min(5.0, deadline.left()), read=deadline.left())
    headers = {
        "Host": host_header(target),
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    if target.scheme == "https":
        pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
            address,
            target.port,
            timeout=timeout,
            retries=False,
            server_hostname=target.host,
            assert_hostname=target.host,
            maxsize=1,
            deadline=deadline,
        )
        pool.ConnectionCls = _WatchedHTTPS
    else:
        pool = urllib3.HTTPConnectionPool(
            address, target.port, timeout=timeout, retries=False, maxsize=1, deadline=deadline
        )
        pool.ConnectionCls = _WatchedHTTP
    try:
        return pool.urlopen(
            "GET",
            target.path,
            headers=headers,
            redirect=False,
            preload_content=False,
            decode_content=decode_content,
            assert_same_host=False,
        )
    except (HTTPTimeout, TimeoutError):
        raise FetchError(deadline.message()) from None
    except SSLError:
        if deadline.expired:
            raise FetchError(deadline.message()) from None
        raise FetchError(f"The secure connection to {target.host} failed (certificate or TLS error).") from None
    except (NewConnectionError, MaxRetryError, ProtocolError, HTTPError, OSError):
        if deadline.expired:
            raise FetchError(deadline.message()) from None
        raise FetchError(f"The site {target.host} did not answer.") from None


def _inflater(response: urllib3.BaseHTTPResponse) -> zlib._Decompress | None:
    """A decompressor for the response's Content-Encoding (None for none); others are refused."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding in {"", "identity"}:
        return None
    if encoding in {"gzip", "x-gzip"}:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib-wrapped (or gzip), as servers send it
    raise FetchError(f"The site sent the page compressed as {encoding[:20]!r}, which the bot does not read.")


def _read_body(response: urllib3.BaseHTTPResponse, config: FetchConfig, deadline: _Deadline) -> bytes:
    """The decoded body, decompressed here in steps of at most what is left under the cap."""
    declared = response.headers.get("Content-Length")
    if (
        declared
        and declared.isdigit()
        and int(declared) > config.max_bytes
        and not response.headers.get("Content-Encoding")
    ):
        raise FetchError(f"The page is larger than {config.max_bytes / 1e6:g} MB.")
    too_large = f"The page is larger than {config.max_bytes / 1e6:g} MB."
    chunks: list[bytes] = []
    size = 0
    try:
        inflater = _inflater(response)
        while True:
            deadline.left()
            raw = response.read1(_READ_CHUNK, decode_content=False)
            if not raw:
                break
            while raw:
                if inflater is None:
                    chunk, raw = raw, b""
                else:
                    chunk = inflater.decompress(raw, config.max_bytes - size + 1)
                    raw = inflater.unconsumed_tail
                size += len(chunk)
                if size > config.max_bytes:
                    raise FetchError(too_large)
                chunks.append(chunk)
                if raw:
                    deadline.left()
        if inflater is not None:
            chunk = inflater.flush()
            size += len(chunk)
            if size > config.max_bytes:
                raise FetchError(too_large)
            chunks.append(chunk)
    except (HTTPTimeout, TimeoutError):
        raise FetchError(deadline.message()) from None
    except zlib.error:
        raise FetchError("The page's compressed body is corrupt.") from None
    except (ProtocolError, HTTPError, OSError):
        if deadline.expired:
            raise FetchError(deadline.message()) from None
        raise FetchError("The site broke off the connection before the page was complete.") from None
    finally:
        response.release_conn()
    return b"".join(chunks)


def _declared_charset(response: urllib3.BaseHTTPResponse) -> str | None:
    for part in response.headers.get("Content-Type", "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def _decode_text(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        from charset_normalizer import from_bytes

        best = from_bytes(body[:1_000_000]).best()
        if best is None:
            raise FetchError("The page's text could not be decoded.") from None
        return str(best)


def _any_address(_address: str) -> bool:
    return True


def fetch_raw(
    url: str,
    config: FetchConfig,
    resolver: Resolver = system_resolver,
    allowed: AddressPolicy | None = None,
    deadline: _Deadline | None = None,
) -> tuple[str, str, bytes, str]:
    """Follow the link (and its redirects) safely: (final url, media type, body, charset named or "").

    `allowed` decides which resolved addresses may be contacted: public ones only, unless the
    configuration allows private addresses. Everything happens within `deadline` (by default
    `config.timeout_seconds` from now).
    """
    allowed = allowed or (_any_address if config.allow_private_addresses else is_public)
    any_port = config.allow_private_addresses
    own_deadline = deadline is None
    deadline = deadline or _Deadline(config.timeout_seconds)
    try:
        return _follow(url, config, resolver, allowed, deadline, any_port)
    finally:
        if own_deadline:
            deadline.close()


def _follow(
    url: str, config: FetchConfig, resolver: Resolver, allowed: AddressPolicy, deadline: _Deadline, any_port: bool
) -> tuple[str, str, bytes, str]:
    target = parse_link(url, any_port)
    bounded: Resolver = lambda host, port: _resolve_within(resolver, host, port, deadline)  # noqa: E731
    for _ in range(config.max_redirects + 1):
        address = checked_address(target, bounded, allowed)
        response = _open(target, address, config, deadline, decode_content=False)
        if response.status in _REDIRECTS:
            location = response.headers.get("Location")
            response.release_conn()
            if not location:
                raise FetchError("The site sent a redirect without a destination.")
            target = parse_link(urljoin(target.url, location), any_port)
            continue
        if response.status == 404 or response.status == 410:
            response.release_conn()
            raise FetchError(f"The page was not found (HTTP {response.status}).")
        if response.status >= 400:
            response.release_conn()
            kind = "refused the request" if response.status < 500 else "answered with an error"
            raise FetchError(f"The site {kind} (HTTP {response.status}); try again later or paste the text.")
        media_type = _media_type(response.headers.get("Content-Type", "text/html"))
        if media_type not in _HTML_TYPES | _TEXT_TYPES:
            response.release_conn()
            raise FetchError(_refusal_for_type(media_type))
        body = _read_body(response, config, deadline)
        return target.url, media_type, body, _declared_charset(response) or ""
    raise FetchError(f"The link redirects more than {config.max_redirects} times.")


class OpenedLink(NamedTuple):
    """A link opened by `open_link`: the final url, the response (unread) and the fetch's deadline."""

    url: str
    response: urllib3.BaseHTTPResponse
    deadline: _Deadline


def open_link(url: str, config: FetchConfig, types: Collection[str], what: str) -> OpenedLink:
    """Open a link with a pasted article's checks (scheme, port, every address and every redirect),
    within `config.timeout_seconds`, for a caller that reads the body itself (a feed, written to a
    file as it arrives). The response's status is below 400 and its media type one of `types`.

    The caller reads the body checking `deadline.left()` between reads, then releases the response
    (`release_conn`) and closes the deadline.

    Raises:
        FetchError: why the link cannot be read; `what` names what was expected ("a feed or page").
    """
    allowed = _any_address if config.allow_private_addresses else is_public
    deadline = _Deadline(config.timeout_seconds)
    try:
        target = parse_link(url, config.allow_private_addresses)
        for _ in range(config.max_redirects + 1):
            response = _open(target, checked_address(target, system_resolver, allowed), config, deadline)
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
            if media_type not in types:
                response.release_conn()
                raise FetchError(_refusal_for_type(media_type).replace("an article", what))
            return OpenedLink(target.url, response, deadline)
        raise FetchError(f"The link redirects more than {config.max_redirects} times.")
    except BaseException:
        deadline.close()
        raise


def fetch_article(
    url: str, config: FetchConfig, resolver: Resolver = system_resolver, allowed: AddressPolicy | None = None
) -> FetchedPage:
    """The article behind a link: main text (and title, byline, date, site, canonical URL) or a FetchError."""
    from bot.links.page import read_page

    deadline = _Deadline(config.timeout_seconds)
    try:
        final_url, media_type, body, charset = fetch_raw(url, config, resolver, allowed, deadline)
        if media_type in _TEXT_TYPES:
            text = _decode_text(body, charset or None).replace("\x00", "")
            return FetchedPage(url=final_url, text=check_text(text, "That page"), canonical_url=final_url)
        try:
            page = read_page(body, final_url, deadline.left(), config, charset or None)
        except InputError as exc:
            raise FetchError(str(exc)) from None
        return page.as_page(final_url)
    finally:
        deadline.close()
