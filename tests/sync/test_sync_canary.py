"""Tokens live only in the OS keyring: a canary proves they reach no file in the data folder.

The sandbox is made to issue canary tokens (a unique string plus a counter) through its real
OAuth flow; the app then connects, syncs, refreshes an expired token and fails once, through the
command line with logging at DEBUG (urllib3 logs every request line there), and syncs once more
in-process. Every byte the data folder holds - the database and its -wal while open, the database
after close, the logs and the settings - is searched for the canary. (The window's own state
file, window.ini, is written by the window, which this test does not open; it stores layout
only and never sees an account.)
"""

from __future__ import annotations

import itertools
import json
import uuid
from pathlib import Path

import pytest
from sync_helpers import figure

import sellerdesk.logs
import sellerdesk.sandbox.tokens as sandbox_tokens
from sellerdesk import cli
from sellerdesk.catalogue import Catalogue
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.secrets import SERVICE, SecretStore
from sellerdesk.settings import Settings
from sellerdesk.store import Database
from sellerdesk.sync import accounts
from sellerdesk.sync.engine import SyncEngine
from tests.keyrings import MemoryKeyring


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_canary_token_reaches_no_file(sandbox: RunningSandbox, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      in_memory_keyring: MemoryKeyring,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    counter = itertools.count()
    monkeypatch.setattr(sandbox_tokens.secrets, "token_urlsafe",
                        lambda _n=32: f"{canary}x{next(counter)}")
    real_setup = sellerdesk.logs.setup_logging
    monkeypatch.setattr(sellerdesk.logs, "setup_logging",
                        lambda folder, verbose=False: real_setup(folder, verbose=True))
    data = DataDir(tmp_path / "shop")
    base = ["--data-dir", str(data.root)]

    def run(*argv: str) -> int:
        code = cli.main([*base, *argv])
        out = capsys.readouterr()
        assert canary not in out.out + out.err  # not on the screen either
        return code

    assert run("account", "connect", "--url", sandbox.url, "--name", "Canary") == 0
    assert run("products", "add", "--sku", "CAN-1", "--title", "it=Canarino",
               "--price", "12.50", "--stock", "3") == 0
    assert run("sync", "--once") == 0
    # An expired token is refreshed with the (canary) refresh token.
    ((service, account_id), raw) = next(iter(in_memory_keyring.store.items()))
    in_memory_keyring.store[(service, account_id)] = json.dumps(
        {**json.loads(raw), "expires_at": 1.0})
    assert run("products", "set", "CAN-1", "--price", "13.00") == 0
    assert run("sync", "--once") == 0
    # And while the app has the database open, its write-ahead log holds the latest pages.
    database = Database.open(data.database)
    secrets = SecretStore()
    engine = SyncEngine(database, accounts.adapter_for(database, secrets,
                                                       accounts.default_account(database)),
                        account_id)
    Catalogue(database).update_variant("CAN-1", {"price_minor": 1_350})
    assert engine.sync_once().ok
    while_open = _files(data.root)
    database.close()
    assert "sellerdesk.db-wal" in while_open
    # A failing sync logs its error (the marketplace is gone).
    stored = in_memory_keyring.store[(service, account_id)]
    sandbox.stop()
    assert run("products", "set", "CAN-1", "--price", "14.00") == 0
    assert run("sync", "--once") == 1
    assert run("conflicts", "list") == 0
    Settings(language="it").save(data.settings)

    assert canary in stored and stored.count(canary) == 2  # the keyring holds the tokens
    assert service == SERVICE
    files = _files(data.root)
    files.update({f"{name} (while open)": content for name, content in while_open.items()})
    log_text = b"".join(v for k, v in files.items() if k.startswith("logs"))
    assert b"GET /v1/changes" in log_text  # the log really has the requests, at DEBUG
    assert "sellerdesk.db" in files and any(k.startswith("logs") for k in files)
    leaks = [name for name, content in files.items() if canary.encode() in content]
    control = tmp_path / "control.bin"
    control.write_bytes(b"\x00" * 100 + f"Bearer {canary}x0".encode())
    assert canary.encode() in control.read_bytes()  # the search itself works
    figure(f"canary: {len(files)} files in the data folder ({', '.join(sorted(files))}), "
           f"{sum(len(v) for v in files.values()):,} bytes searched, canary found in "
           f"{len(leaks)}; found in the keyring: yes")
    assert leaks == []
