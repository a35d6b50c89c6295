"""Marketplace tokens in the operating system's keyring, and never anywhere else.

Not in SQLite, not in settings, not in logs. Where the system has no keyring (a headless Linux
without a Secret Service), tokens live in memory for this session only and `persistent` says so,
so the window can tell the user they will have to connect again next time - the alternative,
a plain-text file, is what SellerDesk refuses to do.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from typing import Any

import keyring
import keyring.errors

SERVICE = "SellerDesk"
log = logging.getLogger(__name__)


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


class SecretStore:
    """Tokens per account id, as a small JSON document under the app's keyring service."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self.persistent = True

    def get(self, account_id: str) -> dict[str, Any] | None:
        with self._lock:
            raw = self._memory.get(account_id)
            if raw is None and self.persistent:
                try:
                    raw = keyring.get_password(SERVICE, account_id)
                except keyring.errors.KeyringError:
                    self._fallback()
            return json.loads(raw) if raw else None

    def set(self, account_id: str, secret: dict[str, Any]) -> None:
        raw = json.dumps(secret)
        with self._lock:
            if self.persistent:
                try:
                    keyring.set_password(SERVICE, account_id, raw)
                    self._memory.pop(account_id, None)
                    return
                except keyring.errors.KeyringError:
                    self._fallback()
            self._memory[account_id] = raw

    def delete(self, account_id: str) -> None:
        with self._lock:
            self._memory.pop(account_id, None)
            if self.persistent:
                with contextlib.suppress(keyring.errors.KeyringError):
                    keyring.delete_password(SERVICE, account_id)

    def _fallback(self) -> None:
        if self.persistent:
            log.warning("no usable keyring (%s): marketplace logins last for this session only",
                        keyring_backend_name())
        self.persistent = False
