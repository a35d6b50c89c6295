"""A keyring for the child processes of command-line tests: one test's tokens, shared by its
`account connect`, `sync` and later processes through a JSON file in the test's temporary folder.

Only for tests, and only for tokens of a sandbox marketplace on 127.0.0.1: SellerDesk itself
never writes secrets to a file (DESIGN §10, `doctor` refuses such a backend). A child picks it
up with `PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring` and the file's path in
`SELLERDESK_TEST_KEYRING` (see `child_env`); the file lives outside the shop's data folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

PATH_ENV = "SELLERDESK_TEST_KEYRING"
ROOT = Path(__file__).resolve().parent.parent


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by $SELLERDESK_TEST_KEYRING (one process at a time)."""

    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ[PATH_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, passwords: dict[str, str]) -> None:
        spare = self._path.with_suffix(".tmp")
        spare.write_text(json.dumps(passwords), encoding="utf-8")
        spare.replace(self._path)  # a reader never sees half a file

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._save(self._load() | {f"{service}\n{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        passwords = self._load()
        passwords.pop(f"{service}\n{username}", None)
        self._save(passwords)


def child_env(keyring_file: Path) -> dict[str, str]:
    """The environment for a `python -m sellerdesk` child that uses `keyring_file`."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path,
                PYTHON_KEYRING_BACKEND=f"{__name__}.FileKeyring", **{PATH_ENV: str(keyring_file)})
