"""A keyring backend for child-process tests, chosen with PYTHON_KEYRING_BACKEND: secrets in a
JSON file named by SELLERDESK_TEST_KEYRING (a test's temporary folder), so a second process
finds what the first stored, as it would in an explicitly chosen keyring on a headless machine.
Tests only: it stores secrets in the clear. `child_env` is the environment for such a child."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_ENV = "SELLERDESK_TEST_KEYRING"
BACKEND = "tests.file_keyring.FileKeyring"
ROOT = Path(__file__).resolve().parents[1]  # the repository: `tests` importable from here


def child_env(keyring_file: Path, backend: str = BACKEND) -> dict[str, str]:
    """The environment for `python -m sellerdesk` children sharing the logins in
    `keyring_file` (run them with cwd=ROOT)."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend, FILE_ENV: str(keyring_file)}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never the developer's own Secret Service
    return env


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(stored))

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        stored.pop(f"{service}/{username}", None)
        self._path.write_text(json.dumps(stored))
