"""Which addresses the bot may connect to: global unicast only, IPv4 hidden in IPv6 judged as itself."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from bot.links.errors import FetchError

Resolver = Callable[[str, int], list[str]]
AddressPolicy = Callable[[str], bool]

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
