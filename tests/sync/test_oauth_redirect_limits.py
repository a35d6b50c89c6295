"""The login's loopback listener stays bounded whatever connects to it: any program on the
machine can open connections and leave them silent, as a browser's spare connections do."""

from __future__ import annotations

import select
import socket
import threading
import time

import pytest
import requests

from sellerdesk.sync.oauth_redirect import LoopbackRedirect

IDLE = 50


def _new_threads(before: set[int]) -> int:
    return sum(1 for t in threading.enumerate() if t.ident not in before)


def test_idle_connections_get_no_thread_each_and_are_closed_then_the_login_completes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LoopbackRedirect, "IDLE_TIMEOUT", 1.0, raising=False)
    limit = getattr(LoopbackRedirect, "MAX_CONNECTIONS", 16)
    before = {t.ident for t in threading.enumerate()}
    with LoopbackRedirect() as redirect:
        port = int(redirect.redirect_uri.split(":")[2].split("/")[0])
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(IDLE)]
        try:
            # Those over the cap are closed at once; the rest when their deadline passes.
            still_open, peak = set(idle), 0
            deadline = time.monotonic() + 10
            while still_open and time.monotonic() < deadline:
                readable, _, _ = select.select(list(still_open), [], [], 0.05)
                peak = max(peak, _new_threads(before))
                for connection in readable:
                    assert connection.recv(1) == b""  # closed by the listener, unanswered
                    still_open.discard(connection)
            assert not still_open, f"{len(still_open)} silent connections were never closed"
            assert peak <= limit + 1, f"{peak} threads for {IDLE} idle connections"
        finally:
            for connection in idle:
                connection.close()
        # The browser's real redirect still gets through afterwards.
        answer = requests.get(redirect.redirect_uri,
                              params={"state": redirect.state, "code": "C-1"}, timeout=10)
        assert answer.status_code == 200 and "connected" in answer.text
        assert redirect.wait(5) == "C-1"


def test_a_spare_connection_left_open_does_not_hold_up_the_redirect() -> None:
    with LoopbackRedirect() as redirect:
        port = int(redirect.redirect_uri.split(":")[2].split("/")[0])
        with socket.create_connection(("127.0.0.1", port), timeout=10):
            answer = requests.get(redirect.redirect_uri,
                                  params={"state": redirect.state, "code": "C-2"}, timeout=10)
        assert answer.status_code == 200 and redirect.wait(5) == "C-2"
