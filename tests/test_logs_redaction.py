"""The log file support asks for never holds a token, a signature or a secret: every record is
masked on its way to the file, the app's own and the libraries' (urllib3's debug lines)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from sellerdesk.logs import redact, setup_logging

SECRETS = ("AT-9f8e7d", "RT-1a2b3c", "SIGN0123ABCD", "appsecret-42", "BEARER-xyz.123",
           "CODE-777")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs", verbose=True)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_sellerdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


def written(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("line", [
    "GET /sync?app_key=1&access_token=AT-9f8e7d&sign_method=sha256&sign=SIGN0123ABCD",
    '{"access_token": "AT-9f8e7d", "refresh_token":"RT-1a2b3c", "expires_in": 3600}',
    "{'Authorization': 'Bearer BEARER-xyz.123', 'Accept': 'application/json'}",
    "Authorization: Bearer BEARER-xyz.123",
    "app_secret=appsecret-42",
    "credentials {'app_key': '1', 'app_secret': 'appsecret-42'}",
    "http://127.0.0.1:5000/callback?code=CODE-777&state=s",
    "refresh_token=RT-1a2b3c; access_token=AT-9f8e7d",
])
def test_secrets_are_masked_and_the_rest_kept(line: str) -> None:
    masked = redact(line)
    assert not any(secret in masked for secret in SECRETS), masked
    assert "***" in masked


def test_ordinary_text_is_left_alone() -> None:
    for line in ("token expired, refreshing once", "sign_method=sha256&app_key=1",
                 "order BR-1042 shipped with code BRT", "expires_in: 3600"):
        assert redact(line) == line


def test_a_record_is_masked_in_its_message_its_arguments_and_its_traceback(
        log_file: Path) -> None:
    log = logging.getLogger("sellerdesk.sync")
    log.info("token reply %s", {"access_token": "AT-9f8e7d", "refresh_token": "RT-1a2b3c"})
    log.warning("calling %s with %r", "/api?sign=SIGN0123ABCD",
                {"Authorization": "Bearer BEARER-xyz.123"})
    try:
        raise ValueError("bad reply for app_secret=appsecret-42")
    except ValueError:
        log.exception("refresh failed")
    text = written(log_file)
    assert "token reply" in text and "refresh failed" in text and "ValueError" in text
    assert not any(secret in text for secret in SECRETS), text


class _Quiet(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        return


def test_urllib3_debug_lines_lose_their_query_secrets(log_file: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sync"
        answer = requests.get(url, params={"access_token": "AT-9f8e7d",
                                           "sign": "SIGN0123ABCD", "app_key": "1"}, timeout=10)
        assert answer.status_code == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    text = written(log_file)
    assert "urllib3.connectionpool" in text and "GET /sync?" in text  # the line is there...
    assert "AT-9f8e7d" not in text and "SIGN0123ABCD" not in text  # ...without its secrets
