"""A login that cannot reach the marketplace says so in words, never with urllib3's own text
(#16 item 6): "HTTPConnectionPool(... Max retries exceeded ... NewConnectionError ...)"."""

from __future__ import annotations

import requests
from sync_helpers import dead_url

from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError
from sellerdesk.sync import accounts


def test_a_refused_connection_is_said_in_words() -> None:
    url, sock = dead_url()
    try:
        try:
            accounts.grant(url, {"grant_type": "authorization_code", "code": "x"},
                           requests.Session())
        except MarketplaceError as error:
            caught = error
        else:
            raise AssertionError("the grant reached a port where nothing listens")
    finally:
        sock.close()
    assert caught.kind == ErrorKind.RETRYABLE
    assert "refused the connection" in caught.message and url in caught.message
    assert "HTTPConnectionPool" not in caught.message and "Errno" not in caught.message
