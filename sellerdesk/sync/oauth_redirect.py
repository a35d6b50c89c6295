"""Receiving the OAuth authorization code on a loopback address (RFC 8252 §7.3).

A desktop app cannot keep a client secret nor receive calls from the internet, so the
marketplace's login page, open in the owner's browser, sends the browser back to
`http://127.0.0.1:<port>/callback?code=…&state=…`, a port this process listens on only for
the length of the login. The `state` is random per login and must come back unchanged: a page
that did not start from our login cannot hand us a code.

Any program on the machine can connect to that port, and a browser opens spare connections it
may never use, so each connection has a deadline (`IDLE_TIMEOUT`) and at most `MAX_CONNECTIONS`
are served at once; more are closed at once rather than given a thread each.
"""

from __future__ import annotations

import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sellerdesk.errors import SellerDeskError

PAGE = ("<!doctype html><meta charset='utf-8'><title>SellerDesk</title>"
        "<body style='font-family:sans-serif;margin:3em'><h2>{title}</h2><p>{body}</p>")


class LoginFailed(SellerDeskError):
    """The login did not complete: refused, cancelled, timed out or answered by a stranger."""


class _BoundedServer(ThreadingHTTPServer):
    """A threading HTTP server with a cap on the connections it serves at once."""

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 limit: int) -> None:
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(limit)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # over the cap: closed, not queued
            return
        try:
            thread = threading.Thread(target=self.process_request_thread,
                                      args=(request, client_address),
                                      name="oauth-redirect-connection", daemon=True)
            thread.start()
        except BaseException:
            self._slots.release()
            self.shutdown_request(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class LoopbackRedirect:
    """A one-shot HTTP listener on 127.0.0.1 that waits for the marketplace's redirect."""

    IDLE_TIMEOUT = 10.0  # seconds a connection may take to send its request
    MAX_CONNECTIONS = 16  # served at once; a browser uses a handful

    def __init__(self) -> None:
        self.state = secrets.token_urlsafe(24)
        self._done = threading.Event()
        self._code: str | None = None
        self._error: str | None = None
        owner = self

        class Handler(BaseHTTPRequestHandler):
            timeout = owner.IDLE_TIMEOUT  # on the socket: a silent client is dropped

            def do_GET(self) -> None:
                owner._answer(self)

            def log_message(self, format: str, *args: object) -> None:
                return  # codes must not reach any log

        self._server = _BoundedServer(("127.0.0.1", 0), Handler, self.MAX_CONNECTIONS)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="oauth-redirect", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/callback"

    def _answer(self, request: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(request.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        if parts.path != "/callback":
            self._reply(request, 404, "Not found", "")
            return
        if self._done.is_set():
            self._reply(request, 200, "SellerDesk", "This login has already finished.")
            return
        if query.get("state") != self.state:
            self._reply(request, 400, "Login refused",
                        "This answer does not belong to the login SellerDesk started.")
            return
        if "code" in query:
            self._code = query["code"]
            self._reply(request, 200, "Logged in",
                        "SellerDesk is connected. You can close this page.")
        else:
            self._error = query.get("error_description") or query.get("error") or "no code"
            self._reply(request, 200, "Login not completed",
                        "The marketplace did not grant access. You can close this page.")
        self._done.set()

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, title: str, body: str) -> None:
        page = PAGE.format(title=title, body=body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(page)))
        request.end_headers()
        request.wfile.write(page)

    def wait(self, timeout: float, cancelled: threading.Event | None = None) -> str:
        """The code, once the browser came back (bounded by `timeout`, or `cancelled`)."""
        step = 0.2
        waited = 0.0
        while not self._done.wait(step):
            waited += step
            if cancelled is not None and cancelled.is_set():
                raise LoginFailed("The login was cancelled.")
            if waited >= timeout:
                raise LoginFailed("The marketplace's login page did not answer in time.")
        if self._code is None:
            raise LoginFailed(f"The marketplace did not grant access: {self._error}.")
        return self._code

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
