"""Marketplace addresses: which host a token belongs to, and which addresses may carry one.

A token is only ever sent to the address that issued it. The address is compared as an
origin, `scheme://host:port` with the default port written out, so `https://m.example` and
`https://M.example:443/` are one marketplace and `http://m.example` is another. Plain `http://`
is refused for anything but this machine (the sandbox and the demo): a token or a login code
sent in clear over a network can be read by anyone on the way.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> str:
    """`scheme://host:port` of `url`, lower-cased, default port filled in; '' if unusable."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is not a number
        return ""
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return ""
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port or _DEFAULT_PORTS[scheme]}"


def is_loopback(url: str) -> bool:
    """An address on this machine: 127.0.0.0/8, ::1 or localhost."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_enough(url: str) -> bool:
    """True for https, and for http on this machine only."""
    scheme = urlsplit(url.strip()).scheme.lower()
    return bool(origin(url)) and (scheme == "https" or is_loopback(url))
