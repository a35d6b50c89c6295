"""Failed connections are said in words, never in urllib3's (issue #16, item 6): the canonical
adapter's errors name the marketplace's address and what happened (refused, no answer, cut
off), without "HTTPConnectionPool", "Max retries" or exception class names - also when the
token refresh after a 401 is what could not get through. Real sockets on 127.0.0.1 only."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
import urllib3

from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError
from sellerdesk.marketplaces.network_words import describe
from sellerdesk.marketplaces.rest import RestMarketplace, TokenSource

RAW = ("HTTPConnectionPool", "Max retries", "NewConnectionError", "Errno", "ConnectionError",
       "urllib3", "Caused by")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once it is closed


def tokens(refresh: object = None) -> TokenSource:
    return TokenSource(lambda: "token", refresh or (lambda: "token"))  # type: ignore[arg-type]


def worded(error: MarketplaceError) -> str:
    text = str(error)
    assert not [raw for raw in RAW if raw in text], text
    return text


@pytest.fixture
def silent_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """Accepts connections and then says nothing (kept open) or hangs up (closed)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    stop.set()
    thread.join(5)
    for conn in accepted:
        conn.close()
    listener.close()


def test_a_refused_connection_names_the_address_and_what_happened() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(MarketplaceError) as caught:
        RestMarketplace(url + "/api/", tokens()).carriers()
    assert caught.value.kind == ErrorKind.RETRYABLE and caught.value.code == "network.refused"
    assert worded(caught.value) == (f"The marketplace at {url} refused the connection: it is "
                                    "not running there, or the address is wrong.")
    assert isinstance(caught.value.__cause__, requests.ConnectionError)  # kept for the log


def test_no_answer_and_a_cut_connection(silent_server: tuple[str, list[socket.socket]]) -> None:
    url, _accepted = silent_server
    with pytest.raises(requests.RequestException) as silent:
        requests.get(url, timeout=(2, 0.2))
    assert describe(silent.value, url).text() == f"The marketplace at {url} did not answer in time."

    class HangUp(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.close_connection = True
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\ncut")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), HangUp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        cut = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(MarketplaceError) as caught:
            RestMarketplace(cut, tokens()).carriers()
        assert worded(caught.value) == (f"The connection to the marketplace at {cut} was cut "
                                        "off before its answer arrived.")
    finally:
        server.shutdown()
        server.server_close()


def test_an_address_that_does_not_exist() -> None:
    error = urllib3.exceptions.NameResolutionError(
        "shop.invalid", None, socket.gaierror(-2, "Name or service not known"))  # type: ignore[arg-type]
    wrapped = requests.ConnectionError(urllib3.exceptions.MaxRetryError(None, "/", error))  # type: ignore[arg-type]
    assert describe(wrapped, "https://shop.invalid/v1/changes?since=3").text() == (
        "The address https://shop.invalid could not be found: check the Internet connection "
        "and the marketplace's address.")


def test_a_token_refresh_that_cannot_get_through_is_worded_too() -> None:
    """A 401 makes the adapter refresh the login; the refresh's own network failure (worded by
    whoever made the request as "Cannot reach URL: <urllib3 text>") is said in words."""

    class Expired(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Expired)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    gone = f"http://127.0.0.1:{closed_port()}"

    def refresh() -> str:  # as sync.accounts.grant does it
        try:
            requests.post(f"{gone}/oauth/token", timeout=5)
        except requests.RequestException as exc:
            raise MarketplaceError(ErrorKind.RETRYABLE, f"Cannot reach {gone}: {exc}") from exc
        raise AssertionError("nothing listens there")

    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with pytest.raises(MarketplaceError) as caught:
            RestMarketplace(url, tokens(refresh)).carriers()
    finally:
        server.shutdown()
        server.server_close()
    assert caught.value.kind == ErrorKind.RETRYABLE
    assert "refused the connection" in worded(caught.value)
