"""This machine's IPv4 addresses by interface name, from the standard library only.

The consultant picks the network the room is served on from this list. Qt's network
module is left out of the frozen program (it would bring TLS and Kerberos libraries),
and the list needs no third-party package: on Linux each interface's address and
up-flag come from the kernel (``SIOCGIFADDR`` / ``SIOCGIFFLAGS``); elsewhere the
addresses the computer's name resolves to are listed, plus loopback. Nothing is sent.
"""

from __future__ import annotations

import socket
import struct
import sys

LOOPBACK = ("lo", "127.0.0.1")
SIOCGIFFLAGS = 0x8913
SIOCGIFADDR = 0x8915
IFF_UP = 0x1
IFF_LOOPBACK = 0x8


def interfaces() -> list[tuple[str, str]]:
    """(name, IPv4 address) of each interface that is up; loopback last, never missing."""
    found = _linux() if sys.platform.startswith("linux") else _by_host_name()
    seen: set[str] = set()
    ordered: list[tuple[str, str]] = []
    for name, address in sorted(found, key=lambda row: row[1].startswith("127.")):
        if address not in seen:
            seen.add(address)
            ordered.append((name, address))
    if LOOPBACK[1] not in seen:
        ordered.append(LOOPBACK)
    return ordered


def _linux() -> list[tuple[str, str]]:
    import fcntl

    rows: list[tuple[str, str]] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                flags = struct.unpack(
                    "H", fcntl.ioctl(probe.fileno(), SIOCGIFFLAGS, request)[16:18]
                )[0]
                if not flags & IFF_UP:
                    continue
                packed = fcntl.ioctl(probe.fileno(), SIOCGIFADDR, request)
            except OSError:  # no IPv4 address on this interface
                continue
            rows.append((name, socket.inet_ntoa(packed[20:24])))
    return rows


def _by_host_name() -> list[tuple[str, str]]:
    name = socket.gethostname()
    try:
        infos = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        infos = []
    return [(name, str(info[4][0])) for info in infos]
