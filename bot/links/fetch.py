"""Fetching a pasted link without becoming a way into the newsroom's network (OWASP SSRF guidance).

- http and https only, default ports only, no credentials in the link;
- the host is resolved once, every address checked, and the connection made to the checked address
  (SNI and Host keep the name), so a second DNS answer cannot point somewhere else;
- private, loopback, link-local, CGNAT, multicast and reserved addresses are refused, including IPv4
  addresses hidden in IPv6 (mapped, NAT64, 6to4, Teredo), unless configuration allows them;
- every redirect is checked again, at most `max_redirects`;
- one deadline for the whole fetch, a cap on decoded bytes (a gzip bomb stops at the cap), and a
  content-type allowlist. Proxies in the environment are never used (urllib3 reads none).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError, MaxRetryError, NewConnectionError, ProtocolError, SSLError
from urllib3.exceptions import TimeoutError as HTTPTimeout

from bot.config import FetchConfig
from bot.core.service import FetchedPage
from claims import ClaimCheckError, InputError, check_text

Resolver = Callable[[str, int], list[str]]
AddressPolicy = Callable[[str], bool]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain"}
_REDIRECTS = {301, 302, 303, 307, 308}
_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "255.255.255.255/32",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
        "100::/64",
        "2001:db8::/32",
        "fec0::/10",
    )
)
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SIXTOFOUR = ipaddress.ip_network("2002::/16")
_TEREDO = ipaddress.ip_network("2001::/32")
_READ_CHUNK = 64 * 1024


class FetchError(ClaimCheckError):
    """A link could not be fetched; the message is one sentence for the person who pasted it."""


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


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _SIXTOFOUR:
        return address.sixtofour
    if address in _TEREDO and address.teredo is not None:
        return address.teredo[1]
    return None


def is_public(address: str) -> bool:
    """True only for a global unicast address; IPv4 hidden in IPv6 is judged as the IPv4 it hides."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None:
            return is_public(str(inner))
    if any(ip in net for net in _BLOCKED_NETWORKS if net.version == ip.version):
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def _looks_numeric(host: str) -> bool:
    """ "2130706433", "0x7f.1", "017700000001": an address dressed as a name, which resolvers accept."""
    parts = host.lower().split(".")
    return all(
        p and (p.isdigit() or (p.startswith("0x") and all(c in "0123456789abcdef" for c in p[2:]))) for p in parts
    )


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The site {host} could not be found.") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


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


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"The page took longer than {self.seconds:g} seconds.")
        return remaining


def _open(target: Target, address: str, config: FetchConfig, deadline: _Deadline) -> urllib3.BaseHTTPResponse:
    timeout = urllib3.Timeout(connect=min(5.0, deadline.left()), read=deadline.left())
    host_header = target.host if target.port == _DEFAULT_PORTS[target.scheme] else f"{target.host}:{target.port}"
    headers = {
        "Host": host_header,
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
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, target.port, timeout=timeout, retries=False, maxsize=1)
    try:
        return pool.urlopen(
            "GET",
            target.path,
            headers=headers,
            redirect=False,
            preload_content=False,
            decode_content=True,
            assert_same_host=False,
        )
    except (HTTPTimeout, TimeoutError):
        raise FetchError(f"The page took longer than {config.timeout_seconds:g} seconds.") from None
    except SSLError:
        raise FetchError(f"The secure connection to {target.host} failed (certificate or TLS error).") from None
    except (NewConnectionError, MaxRetryError, ProtocolError, HTTPError, OSError):
        raise FetchError(f"The site {target.host} did not answer.") from None


def _read_body(response: urllib3.BaseHTTPResponse, config: FetchConfig, deadline: _Deadline) -> bytes:
    declared = response.headers.get("Content-Length")
    if (
        declared
        and declared.isdigit()
        and int(declared) > config.max_bytes
        and not response.headers.get("Content-Encoding")
    ):
        raise FetchError(f"The page is larger than {config.max_bytes / 1e6:g} MB.")
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            deadline.left()
            chunk = response.read1(_READ_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > config.max_bytes:
                raise FetchError(f"The page is larger than {config.max_bytes / 1e6:g} MB.")
            chunks.append(chunk)
    except (HTTPTimeout, TimeoutError):
        raise FetchError(f"The page took longer than {config.timeout_seconds:g} seconds.") from None
    except (ProtocolError, HTTPError, OSError):
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


def _decode_text(body: bytes, response: urllib3.BaseHTTPResponse) -> str:
    charset = _declared_charset(response)
    try:
        return body.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is None:
            raise FetchError("The page's text could not be decoded.") from None
        return str(best)


def _any_address(_address: str) -> bool:
    return True


def fetch_raw(
    url: str, config: FetchConfig, resolver: Resolver = system_resolver, allowed: AddressPolicy | None = None
) -> tuple[str, str, bytes, str]:
    """Follow the link (and its redirects) safely: (final url, media type, body, text if plain text).

    `allowed` decides which resolved addresses may be contacted: public ones only, unless the
    configuration allows private addresses.
    """
    allowed = allowed or (_any_address if config.allow_private_addresses else is_public)
    any_port = config.allow_private_addresses
    deadline = _Deadline(config.timeout_seconds)
    target = parse_link(url, any_port)
    for _ in range(config.max_redirects + 1):
        address = checked_address(target, resolver, allowed)
        response = _open(target, address, config, deadline)
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
        # text is decoded here when the server names its charset; HTML without one is left to the
        # extractor, which also reads <meta charset>
        text = _decode_text(body, response) if media_type in _TEXT_TYPES or _declared_charset(response) else ""
        return target.url, media_type, body, text
    raise FetchError(f"The link redirects more than {config.max_redirects} times.")


def fetch_article(
    url: str, config: FetchConfig, resolver: Resolver = system_resolver, allowed: AddressPolicy | None = None
) -> FetchedPage:
    """The article behind a link: main text (and title, byline, date, site, canonical URL) or a FetchError."""
    from bot.links.page import page_text

    final_url, media_type, body, text = fetch_raw(url, config, resolver, allowed)
    if media_type in _TEXT_TYPES:
        return FetchedPage(url=final_url, text=check_text(text, "That page"), canonical_url=final_url)
    try:
        return page_text(text or body, final_url).as_page(final_url)
    except InputError as exc:
        raise FetchError(str(exc)) from None
