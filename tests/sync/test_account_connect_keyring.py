"""`sellerdesk account connect` keeps the login where the next command finds it, or says
plainly that it cannot (issue #15, finding 5), in real child processes; and the AliExpress app
secret never has to be typed on the command line (issue #23)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sellerdesk.cli import main
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.sync.accounts import default_account
from tests.file_keyring import ROOT, child_env


def sellerdesk(data: Path, *args: str, backend: str, keyring_file: Path | None = None,
               **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**child_env(keyring_file or data.parent / "keyring.json", backend), **env}
    return subprocess.run([sys.executable, "-m", "sellerdesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, env=environment,
                          cwd=ROOT)


def test_without_a_keyring_connect_fails_and_says_how_to_get_one(
        sandbox: RunningSandbox, tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    done = sellerdesk(shop, "account", "connect", "--url", sandbox.url,
                      backend="keyring.backends.fail.Keyring")
    assert done.returncode == 1, done.stdout
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    for hint in ("No keyring is available", "GNOME Keyring", "KWallet", "KeePassXC",
                 "PYTHON_KEYRING_BACKEND", "nothing was saved"):
        assert hint in done.stderr
    assert not (shop / "sellerdesk.db").exists()  # no account left behind without its login


def test_a_chosen_keyring_backend_lasts_to_the_next_command(
        sandbox: RunningSandbox, tmp_path: Path) -> None:
    shop, backend = tmp_path / "shop", "tests.file_keyring.FileKeyring"
    connected = sellerdesk(shop, "account", "connect", "--url", sandbox.url, backend=backend)
    assert connected.returncode == 0, connected.stderr
    assert "kept in the system keyring (tests.file_keyring.FileKeyring)" in connected.stdout
    synced = sellerdesk(shop, "sync", "--once", backend=backend)  # a new process
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Synced:")


def test_a_plain_text_keyring_is_refused(sandbox: RunningSandbox, tmp_path: Path) -> None:
    """Stand-in for keyrings.alt's PlaintextKeyring: the name is what gives it away."""
    module = tmp_path / "plaintext_keyring.py"
    module.write_text("from tests.file_keyring import FileKeyring\n\n\n"
                      "class PlaintextKeyring(FileKeyring):\n    pass\n")
    done = sellerdesk(tmp_path / "shop", "account", "connect", "--url", sandbox.url,
                      backend="plaintext_keyring.PlaintextKeyring",
                      keyring_file=tmp_path / "k.json",
                      PYTHONPATH=f"{ROOT}{os.pathsep}{tmp_path}")
    assert done.returncode == 1 and "plain file on disk" in done.stderr
    assert not (tmp_path / "k.json").exists()


def test_app_secret_from_standard_input(sandbox: RunningSandbox, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    creds = sandbox.aliexpress_credentials()
    monkeypatch.setattr(sys, "stdin", io.StringIO(creds["app_secret"] + "\n"))
    assert main(["--data-dir", str(tmp_path), "--json", "account", "connect",
                 "--marketplace", "aliexpress", "--url", creds["base_url"],
                 "--app-key", creds["app_key"], "--app-secret-stdin"]) == 0
    assert json.loads(capsys.readouterr().out)["keyring"] is True
    database = Database.open(tmp_path / "sellerdesk.db")
    try:
        stored = SecretStore().get(default_account(database).id)
    finally:
        database.close()
    assert stored is not None and stored["app_secret"] == creds["app_secret"]


def test_an_app_key_without_its_secret_is_refused(sandbox: RunningSandbox, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: nobody to ask
    creds = sandbox.aliexpress_credentials()
    assert main(["--data-dir", str(tmp_path), "account", "connect", "--marketplace",
                 "aliexpress", "--url", creds["base_url"], "--app-key", creds["app_key"]]) == 1
    assert "--app-secret-stdin" in capsys.readouterr().err
    assert not (tmp_path / "sellerdesk.db").exists()


def test_plain_http_to_another_machine_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "account", "connect", "--url",
                 "http://marketplace.example"]) == 1
    assert "must be reached over https://" in capsys.readouterr().err
