"""A failed connection said in words, never in urllib3's.

`requests` reports a refused connection as "HTTPConnectionPool(host=…, port=…): Max retries
exceeded with url: … (Caused by NewConnectionError(…))": true, and of no use to a shop owner,
who needs to know whether the marketplace is down, the address wrong, the line slow or cut
(issue #16, item 6). Adapters turn a `requests.RequestException` into a retryable
`MarketplaceError` carrying one of these messages (a code and a template marked for
translation, DESIGN §13); the exception itself goes to the log as the error's cause.
"""

from __future__ import annotations

import socket
import ssl
from urllib.parse import urlsplit

import requests
import urllib3

from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "NetworkMessages"


class NetworkMessage(Message):
    CONTEXT = CONTEXT
    TEMPLATES = {
        "refused": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The marketplace at %1 refused the connection: it is not "
                               "running there, or the address is wrong."),
        "no_name": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The address %1 could not be found: check the Internet "
                               "connection and the marketplace's address."),
        "timeout": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The marketplace at %1 did not answer in time."),
        "dropped": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The connection to the marketplace at %1 was cut off before "
                               "its answer arrived."),
        "tls": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The marketplace at %1 could not prove who it is: its security "
                               "certificate was not accepted."),
        "other": QT_TRANSLATE_NOOP(
            "NetworkMessages", "The marketplace at %1 could not be reached."),
    }


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (causes, contexts, urllib3's `reason`)."""
    found: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        todo += [current.__cause__, current.__context__, getattr(current, "reason", None),
                 *(a for a in current.args if isinstance(a, BaseException))]
    return found


def _kind(exc: BaseException) -> str:
    chain = _chain(exc)

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    if has(requests.exceptions.SSLError, ssl.SSLError):
        return "tls"
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return "no_name"
    if has(ConnectionRefusedError):
        return "refused"
    # urllib3's NewConnectionError is a kind of ConnectTimeoutError (for compatibility): a
    # connection that failed otherwise ("network is unreachable") is not an unanswered one.
    if any(isinstance(e, (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError))
           and not isinstance(e, urllib3.exceptions.NewConnectionError) for e in chain):
        return "timeout"
    if has(urllib3.exceptions.ProtocolError, requests.exceptions.ChunkedEncodingError,
           ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
        return "dropped"
    return "other"


def where(url: str) -> str:
    """The part of an address an owner recognises: scheme, host and port, no path or query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else url


def describe(exc: BaseException, url: str) -> NetworkMessage:
    return NetworkMessage(_kind(exc), where(url))


def unreachable(exc: BaseException, url: str) -> MarketplaceError:
    """A retryable MarketplaceError in words (`code` "network.<kind>"); raise it `from exc`."""
    message = describe(exc, url)
    return MarketplaceError(ErrorKind.RETRYABLE, message.text(), code=f"network.{message.code}")
