"""A token goes only to the marketplace that issued it, whatever a restored database says
(issue #23, finding 3): a real backup, a copy whose account points at a capture server on
127.0.0.1, the real restore, then sync attempts. The capture server must hear nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sellerdesk.backups import make_backup, restore
from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.secrets import SERVICE
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync import accounts
from sellerdesk.sync.account_messages import AccountError
from sellerdesk.sync.addresses import origin
from tests.backups.conftest import Market, Shop


class Capture:
    """An HTTP server on 127.0.0.1 that answers 401 to everything and keeps what it heard."""

    def __init__(self) -> None:
        self.heard: list[tuple[str, str, dict[str, str], bytes]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                owner.heard.append((self.command, self.path, dict(self.headers),
                                    self.rfile.read(size)))
                self.send_response(401)  # "refresh your token": the refresh token would follow
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def capture() -> Iterator[Capture]:
    server = Capture()
    yield server
    server.close()


def tampered_backup(shop: Shop, folder: Path, url: str) -> Path:
    """A real backup of the shop whose account now points at `url`."""
    info = make_backup(shop.data.database, folder, photos=shop.data.photos)
    with sqlite3.connect(info.path) as conn:
        conn.execute("UPDATE accounts SET base_url = ?", (url,))
    conn.close()
    return info.path


def account(database: Database, account_id: str) -> Account:
    with database.read() as session:
        found = session.get(Account, account_id)
        assert found is not None
        session.expunge(found)
        return found


def test_a_restored_address_never_receives_the_token(
        shop: Shop, market: Market, capture: Capture, tmp_path: Path) -> None:
    shop.add("A-1")
    running = shop.engine()  # the window's engine, made before the restore
    assert running.sync_once().ok
    token = shop.secrets.get(shop.account_id)
    assert token is not None and token["issued_for"] == origin(market.url)
    backup = tampered_backup(shop, tmp_path / "usb", capture.url)

    result = restore(shop.data, backup, folder=tmp_path / "backups")

    assert result.needs_login == ("Sandbox",)
    assert account(shop.database, shop.account_id).needs_login
    shop.add("B-2")
    # A new engine (the next start, `sellerdesk sync`) builds its adapter from the database...
    fresh = shop.engine().sync_once()
    # ...and the engine that was running (on the same open database) during the restore.
    stale = running.sync_once()

    for report in (fresh, stale):
        assert report.error is not None and report.error.kind == ErrorKind.AUTH
        assert "sends nothing there" in report.error.message
        assert report.requests == 0
    assert capture.heard == []  # no Authorization header, no refresh token: not one request
    assert account(shop.database, shop.account_id).needs_login
    assert market.skus() == ["A-1"]  # nothing went to the real marketplace either
    # The token itself is kept, still bound to the marketplace that issued it.
    assert shop.secrets.get(shop.account_id) == token


def test_logging_in_again_at_the_restored_address_binds_a_new_token(
        shop: Shop, market: Market, tmp_path: Path) -> None:
    """The owner's way out: a new login for the address the shop now has."""
    other = "http://localhost:" + market.url.rsplit(":", 1)[1]  # the same sandbox, renamed
    backup = tampered_backup(shop, tmp_path / "usb", other)
    restore(shop.data, backup, folder=tmp_path / "backups")
    assert not shop.engine().sync_once().ok

    assert accounts.connect(shop.database, shop.secrets, other) == shop.account_id

    assert shop.engine().sync_once().ok
    assert shop.secrets.get(shop.account_id)["issued_for"] == origin(other)  # type: ignore[index]


def test_an_old_login_without_its_address_goes_nowhere_but_this_computer(
        shop: Shop, market: Market, capture: Capture) -> None:
    secret = shop.secrets.get(shop.account_id)
    assert secret is not None
    del secret["issued_for"]  # as an older SellerDesk saved it
    shop.secrets.set(shop.account_id, secret)

    assert shop.engine().sync_once().ok  # the sandbox on this computer: used, and bound now
    assert shop.secrets.get(shop.account_id)["issued_for"] == origin(market.url)  # type: ignore[index]

    shop.secrets.set(shop.account_id, secret)
    database = shop.database
    database.run_write(lambda s: setattr(s.get(Account, shop.account_id), "base_url",
                                         "https://marketplace.example"))
    report = shop.engine().sync_once()
    assert report.error is not None and "does not record which marketplace" in \
        report.error.message
    assert report.requests == 0 and account(database, shop.account_id).needs_login


def test_plain_http_elsewhere_is_refused(shop: Shop) -> None:
    with pytest.raises(AccountError, match="not a secure address"):
        accounts.connect(shop.database, shop.secrets, "http://marketplace.example")
    tokens = {"access_token": "a", "refresh_token": "r", "expires_at": 2e9,
              "issued_for": "http://marketplace.example:80"}
    with pytest.raises(AccountError, match="not a secure address"):
        accounts.remember(shop.database, shop.secrets, "http://marketplace.example", tokens)
    problem = accounts.binding_problem(tokens, "http://marketplace.example")
    assert problem is not None and problem.code == "insecure_address"


def test_the_keyring_entry_records_its_address(shop: Shop, market: Market) -> None:
    import keyring

    raw = keyring.get_password(SERVICE, shop.account_id)
    assert raw is not None and f'"issued_for": "{origin(market.url)}"' in raw
