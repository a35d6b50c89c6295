"""The sandbox in a background thread of the current process: for ``sellerdesk --demo`` and tests.

``start_sandbox()`` returns once the server accepts connections, with its URL;
``stop()`` shuts it down within a bounded time and deletes a throw-away file.

Tokens without a browser: :func:`fetch_token` runs the OAuth authorization-code flow, which the
sandbox approves at once — ``GET /oauth/authorize?response_type=code&client_id=ID`` answers
``{"code": ...}`` (or redirects to ``redirect_uri`` with ``?code=``), and ``POST /oauth/token``
with ``grant_type=authorization_code`` trades the code for tokens. ``refresh_token`` does the
refresh grant. ``RunningSandbox.token()`` is the shortcut for tests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from .app import Sandbox, create_sandbox
from .config import DEFAULT_AUDIT_DELAY, DEFAULT_TOKEN_TTL, SandboxConfig
from .server import ReadyServer, bind, make_server, url_of

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int
    raw: dict[str, Any] = field(repr=False)

    @property
    def headers(self) -> dict[str, str]:
        """``Authorization`` header for requests."""
        return {"Authorization": f"Bearer {self.access_token}"}


def fetch_token(
    url: str, client_id: str = "sellerdesk", *, session: requests.Session | None = None
) -> Tokens:
    """A fresh token pair from the sandbox at ``url`` via the (auto-approved) code flow."""
    http = session or requests.Session()
    base = url.rstrip("/")
    answer = http.get(
        f"{base}/oauth/authorize",
        params={"response_type": "code", "client_id": client_id},
        timeout=10,
    )
    answer.raise_for_status()
    granted = http.post(
        f"{base}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": answer.json()["code"],
            "client_id": client_id,
        },
        timeout=10,
    )
    granted.raise_for_status()
    return _tokens(granted.json())


def refresh_token(
    url: str,
    refresh: str,
    client_id: str = "sellerdesk",
    *,
    session: requests.Session | None = None,
) -> Tokens:
    http = session or requests.Session()
    granted = http.post(
        f"{url.rstrip('/')}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh, "client_id": client_id},
        timeout=10,
    )
    granted.raise_for_status()
    return _tokens(granted.json())


def _tokens(body: dict[str, Any]) -> Tokens:
    return Tokens(body["access_token"], body["refresh_token"], int(body["expires_in"]), body)


class RunningSandbox:
    """A sandbox serving on loopback in a daemon thread. Use as a context manager or call stop()."""

    def __init__(self, sandbox: Sandbox, server: ReadyServer, url: str) -> None:
        self.sandbox = sandbox
        self.url = url
        self._server = server
        self._thread: threading.Thread | None = None
        self._stopped = False

    @property
    def config(self) -> SandboxConfig:
        return self.sandbox.state.config

    def token(self, client_id: str = "sellerdesk-tests") -> Tokens:
        return fetch_token(self.url, client_id)

    def aliexpress_credentials(self) -> dict[str, str]:
        """The AliExpress gateway's app and seller (fixed per sandbox file): app_key,
        app_secret, base_url, access_token, refresh_token, seller_id and user_nick."""
        from .aliexpress.credentials import credentials

        creds = credentials(self.sandbox.state.db, f"{self.url}/aliexpress")
        return {k: v for k, v in creds.as_dict().items()}

    def stop(self) -> None:
        """Stops serving (in-flight requests get a few seconds) and releases the file."""
        if self._stopped:
            return
        self._stopped = True
        thread = self._thread
        self._server.should_exit = True
        if thread is not None:
            thread.join(STOP_TIMEOUT)
            if thread.is_alive():
                self._server.force_exit = True
                thread.join(STOP_TIMEOUT)
        self.sandbox.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_sandbox(
    *,
    data: Path | None = None,
    seed: str = "demo",
    host: str = "127.0.0.1",
    port: int = 0,
    faults: str | None = None,
    fault_seed: int = 0,
    audit_delay: float = DEFAULT_AUDIT_DELAY,
    token_ttl: float = DEFAULT_TOKEN_TTL,
    rate_limit: float = 50.0,
    rate_burst: int = 100,
    admin: bool = False,
    idempotency_ttl: float = 24 * 3600.0,
) -> RunningSandbox:
    """Starts a sandbox on ``host:port`` (0 = a free port) and returns once it accepts requests.

    ``data`` None keeps the shop in a temporary file deleted by ``stop()``; ``admin`` mounts the
    ``/admin`` test switches. Raises ``RuntimeError`` if the server does not come up in time.
    """
    config = SandboxConfig(
        data=data,
        seed=seed,
        audit_delay=audit_delay,
        token_ttl=token_ttl,
        rate_limit=rate_limit,
        rate_burst=rate_burst,
        idempotency_ttl=idempotency_ttl,
        faults=faults,
        fault_seed=fault_seed,
        admin=admin,
    )
    sandbox = create_sandbox(config)
    try:
        sock = bind(host, port)
    except OSError:
        sandbox.close()
        raise
    server = make_server(sandbox)
    running = RunningSandbox(sandbox, server, url_of(sock))

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()

    thread = threading.Thread(target=serve, name=f"sandbox-{running.url}", daemon=True)
    running._thread = thread
    thread.start()
    if not _wait_ready(server, thread, START_TIMEOUT):
        running.stop()
        raise RuntimeError(f"the sandbox did not start within {START_TIMEOUT:.0f} s")
    return running


def _wait_ready(server: ReadyServer, thread: threading.Thread, timeout: float) -> bool:
    """Waits for ``ready``, giving up early if the server thread died."""
    deadline = time.monotonic() + timeout
    while not server.ready.wait(0.05):
        if not thread.is_alive() or time.monotonic() > deadline:
            return False
    return True
