"""The addresses other devices in the room can open, for `rapport serve --host 0.0.0.0`.

Listening on 0.0.0.0 means "every interface", but nobody can open http://0.0.0.0/ from
another device: the links we print, share and encode in QR codes use the machine's LAN
address instead. Nothing is sent anywhere to find it (a UDP socket is only "connected" to a
documentation address so the system picks the interface it would route through).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Iterable

WILDCARDS = frozenset({"0.0.0.0", "::", "", "*"})
_PROBE = ("192.0.2.1", 9)  # TEST-NET-1 (RFC 5737): never routed, no packet is sent


def is_wildcard(host: str) -> bool:
    return host.strip() in WILDCARDS


def usable(address: str) -> bool:
    """An IPv4 address another device could reach: not loopback, link-local or unspecified."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return (ip.version == 4 and not ip.is_loopback and not ip.is_link_local
            and not ip.is_unspecified and not ip.is_multicast)


def _routed_address() -> list[str]:
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(_PROBE)
        return [s.getsockname()[0]]
    return []


def _hostname_addresses() -> list[str]:
    with contextlib.suppress(OSError):
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        return [str(info[4][0]) for info in infos]
    return []


def lan_addresses(candidates: Iterable[str] | None = None) -> list[str]:
    """This machine's LAN IPv4 addresses, the one with the default route first."""
    found = list(candidates) if candidates is not None else [
        *_routed_address(), *_hostname_addresses()]
    return [a for a in dict.fromkeys(found) if usable(a)]


def advertised_hosts(host: str, addresses: Iterable[str] | None = None) -> list[str]:
    """What to put in links for a server listening on `host` (first one is the main one).

    A wildcard host gives the LAN addresses (or "localhost" when the machine has none: then
    only this machine can open the app). Any other host is used as it is.
    """
    if not is_wildcard(host):
        return [host]
    return lan_addresses(addresses) or ["localhost"]


def url(host: str, port: int, path: str = "") -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{path}"
