"""The gateway's one app and one seller: credentials fixed per sandbox file.

A random secret is drawn once and kept in the file's ``meta`` table; everything else is derived
from it, so the same file always hands out the same app key, secret and standing tokens (a demo
account connected yesterday still works today) while two sandboxes never share them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from ..database import Database

META_KEY = "aliexpress_seed"
STANDING_TTL = 10 * 365 * 24 * 3600.0
"""The pre-issued tokens live ten years: they are the demo account's, refreshed or not."""


@dataclass(frozen=True)
class Credentials:
    app_key: str
    app_secret: str
    access_token: str
    refresh_token: str
    seller_id: str
    user_nick: str
    base_url: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _derive(seed: str, purpose: str) -> str:
    return hmac.new(seed.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def from_seed(seed: str, base_url: str = "") -> Credentials:
    return Credentials(
        app_key=str(500000 + int(_derive(seed, "app_key")[:8], 16) % 500000),
        app_secret=_derive(seed, "app_secret")[:32].upper(),
        access_token="50000" + _derive(seed, "access")[:40],
        refresh_token="50001" + _derive(seed, "refresh")[:40],
        seller_id=str(2_000_000_000 + int(_derive(seed, "seller")[:8], 16) % 1_000_000_000),
        user_nick="it" + _derive(seed, "nick")[:8] + "sandbox",
        base_url=base_url,
    )


def seed_of(db: Database) -> str:
    """The file's seed, drawn on first use; the standing tokens are written at the same time."""
    seed = db.meta(META_KEY)
    if seed is not None:
        return seed
    with db.write() as tx:
        row = tx.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        if row is not None:
            return str(row[0])
        seed = secrets.token_hex(16)
        tx.execute("INSERT INTO meta VALUES (?, ?)", (META_KEY, seed))
        creds = from_seed(seed)
        for token, kind in ((creds.access_token, "access"), (creds.refresh_token, "refresh")):
            tx.execute("INSERT OR REPLACE INTO tokens (token, kind, client_id, expires_at)"
                       " VALUES (?, ?, ?, ?)", (token, kind, creds.app_key, tx.now + STANDING_TTL))
    return seed


def credentials(db: Database, base_url: str = "") -> Credentials:
    return from_seed(seed_of(db), base_url)


def read_from_file(path: str) -> Credentials | None:
    """Credentials kept in a sandbox file, read without starting a sandbox (None: never drawn)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return None if row is None else from_seed(str(row[0]))
