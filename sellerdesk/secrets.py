"""Marketplace tokens in the operating system's keyring, and never anywhere else.

Not in SQLite, not in settings, not in logs. Each entry records the address that issued its
tokens (`issued_for`, an origin `scheme://host:port`): the database says where an account
lives, but a database can come from a restored backup, so the token itself says where it may
go (`sync.accounts` refuses any other address).

Where the system has no keyring (a headless Linux without a Secret Service), the window keeps
tokens in memory for this session only and `persistent` says so, so it can tell the user they
will have to connect again next time. The command line asks for `fallback=False` instead: a
login that silently evaporates when the command exits is no login at all. A plain-text file is
what SellerDesk refuses to do either way.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from typing import Any

import keyring
import keyring.errors

from sellerdesk.sync.account_messages import AccountError
from sellerdesk.sync.addresses import origin

SERVICE = "SellerDesk"
ISSUED_FOR = "issued_for"  # the origin whose login produced the tokens
log = logging.getLogger(__name__)


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def plaintext_backend(name: str) -> bool:
    """keyrings.alt's PlaintextKeyring and its kind: secrets readable by anyone with the file."""
    return "plaintext" in name.lower()


def bind(secret: dict[str, Any], url: str) -> dict[str, Any]:
    """`secret` recording that the marketplace at `url` issued it."""
    return {**secret, ISSUED_FOR: origin(url)}


def issued_for(secret: dict[str, Any]) -> str | None:
    value = secret.get(ISSUED_FOR)
    return str(value) if value else None


class SecretStore:
    """Tokens per account id, as a small JSON document under the app's keyring service.

    `fallback=True` (the window): without a keyring, tokens stay in memory and `persistent`
    turns False. `fallback=False` (the command line): `AccountError` instead."""

    def __init__(self, *, fallback: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self.fallback = fallback
        self.persistent = True

    def check_usable(self) -> None:
        """Raise AccountError unless logins stored now will be found by the next process."""
        name = keyring_backend_name()
        if plaintext_backend(name):
            raise AccountError("plaintext_keyring", name)
        try:
            keyring.get_password(SERVICE, "-")  # the fail backend raises here
        except keyring.errors.KeyringError as exc:
            raise AccountError("no_keyring", f"{name}: {exc}") from exc

    def get(self, account_id: str) -> dict[str, Any] | None:
        with self._lock:
            raw = self._memory.get(account_id)
            if raw is None and self.persistent:
                try:
                    raw = keyring.get_password(SERVICE, account_id)
                except keyring.errors.KeyringError as exc:
                    self._fallback(exc)
            return json.loads(raw) if raw else None

    def set(self, account_id: str, secret: dict[str, Any]) -> None:
        raw = json.dumps(secret)
        with self._lock:
            if self.persistent:
                if not self.fallback and plaintext_backend(keyring_backend_name()):
                    raise AccountError("plaintext_keyring", keyring_backend_name())
                try:
                    keyring.set_password(SERVICE, account_id, raw)
                    self._memory.pop(account_id, None)
                    return
                except keyring.errors.KeyringError as exc:
                    self._fallback(exc)
            self._memory[account_id] = raw

    def delete(self, account_id: str) -> None:
        with self._lock:
            self._memory.pop(account_id, None)
            if self.persistent:
                with contextlib.suppress(keyring.errors.KeyringError):
                    keyring.delete_password(SERVICE, account_id)

    def _fallback(self, error: Exception) -> None:
        if not self.fallback:
            raise AccountError("no_keyring", f"{keyring_backend_name()}: {error}") from error
        if self.persistent:
            log.warning("no usable keyring (%s): marketplace logins last for this session only",
                        keyring_backend_name())
        self.persistent = False
