"""OAuth 2.0 codes and tokens: issued, refreshed and checked against the sandbox's own file.

The sandbox approves every authorization request at once (there is no seller to click "allow"),
but everything after that is strict, as on a real marketplace: codes are single-use and short-lived,
PKCE is checked when a challenge was sent, access tokens expire after ``token_ttl`` seconds and an
expired one is refused with 401 so clients must use the refresh_token grant. Refresh tokens are
not rotated: losing a refresh response never locks a client out.
"""

from __future__ import annotations

import base64
import hashlib
import math
import secrets
from dataclasses import dataclass
from typing import Any

from . import clock
from .database import Database, Tx
from .problems import Problem

CODE_TTL = 600.0
SCOPE = "shop"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the OAuth client behind a valid access token."""

    client_id: str
    token: str


def _oauth_problem(slug: str, error: str, detail: str) -> Problem:
    # `error`/`error_description` keep generic OAuth client libraries happy beside problem+json.
    return Problem(400, slug, detail, extra={"error": error, "error_description": detail})


def issue_code(
    db: Database, client_id: str, redirect_uri: str | None, code_challenge: str | None
) -> str:
    code = secrets.token_urlsafe(24)
    with db.write() as tx:
        tx.execute(
            "INSERT INTO auth_codes (code, client_id, redirect_uri, code_challenge, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (code, client_id, redirect_uri, code_challenge, tx.now + CODE_TTL),
        )
    return code


def _pkce_matches(challenge: str, verifier: str | None) -> bool:
    if verifier is None:
        return False
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge


def exchange_code(
    db: Database,
    *,
    code: str,
    client_id: str,
    redirect_uri: str | None,
    code_verifier: str | None,
    token_ttl: float,
    refresh_ttl: float,
) -> dict[str, Any]:
    with db.write() as tx:
        row = tx.execute("SELECT * FROM auth_codes WHERE code = ?", (code,)).fetchone()
        if row is None or row["used"] or row["expires_at"] <= tx.now:
            raise _oauth_problem("invalid-grant", "invalid_grant", "Unknown, used or expired code.")
        if row["client_id"] != client_id:
            raise _oauth_problem("invalid-grant", "invalid_grant", "Code issued to another client.")
        if row["redirect_uri"] and row["redirect_uri"] != redirect_uri:
            raise _oauth_problem("invalid-grant", "invalid_grant", "redirect_uri does not match.")
        if row["code_challenge"] and not _pkce_matches(row["code_challenge"], code_verifier):
            raise _oauth_problem("invalid-grant", "invalid_grant", "PKCE verification failed.")
        tx.execute("UPDATE auth_codes SET used = 1 WHERE code = ?", (code,))
        refresh = secrets.token_urlsafe(32)
        tx.execute(
            "INSERT INTO tokens (token, kind, client_id, expires_at) VALUES (?, 'refresh', ?, ?)",
            (refresh, client_id, tx.now + refresh_ttl),
        )
        return _grant_access(tx, client_id, refresh, token_ttl, refresh_ttl)


def refresh_access(
    db: Database, *, refresh_token: str, client_id: str | None, token_ttl: float
) -> dict[str, Any]:
    with db.write() as tx:
        row = tx.execute(
            "SELECT * FROM tokens WHERE token = ? AND kind = 'refresh'", (refresh_token,)
        ).fetchone()
        if row is None or row["revoked"] or row["expires_at"] <= tx.now:
            raise _oauth_problem(
                "invalid-grant", "invalid_grant", "Unknown, revoked or expired refresh token."
            )
        if client_id and row["client_id"] != client_id:
            raise _oauth_problem(
                "invalid-grant", "invalid_grant", "Token issued to another client."
            )
        return _grant_access(
            tx, row["client_id"], refresh_token, token_ttl, row["expires_at"] - tx.now
        )


def _grant_access(
    tx: Tx, client_id: str, refresh: str, ttl: float, refresh_ttl: float
) -> dict[str, Any]:
    access = secrets.token_urlsafe(32)
    now = tx.now
    tx.execute(
        "INSERT INTO tokens (token, kind, client_id, expires_at) VALUES (?, 'access', ?, ?)",
        (access, client_id, now + ttl),
    )
    return {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": max(1, math.ceil(ttl)),
        "expires_at": clock.iso(now + ttl),
        "refresh_token": refresh,
        "refresh_expires_in": max(1, math.floor(refresh_ttl)),
        "scope": SCOPE,
    }


def authenticate(db: Database, token: str | None) -> Principal:
    """The caller behind ``token``, or a 401 problem telling a missing token from an expired one."""
    challenge = 'Bearer realm="sandbox"'
    if not token:
        raise Problem(401, "unauthorized", headers={"WWW-Authenticate": challenge})
    with db.read() as conn:
        row = conn.execute(
            "SELECT client_id, expires_at, revoked FROM tokens WHERE token = ? AND kind = 'access'",
            (token,),
        ).fetchone()
    if row is None or row["revoked"]:
        raise Problem(
            401,
            "unauthorized",
            "Unknown access token.",
            headers={"WWW-Authenticate": challenge + ', error="invalid_token"'},
        )
    if row["expires_at"] <= clock.now():
        raise Problem(
            401,
            "token-expired",
            headers={
                "WWW-Authenticate": challenge
                + ', error="invalid_token", error_description="The access token expired"'
            },
        )
    return Principal(client_id=row["client_id"], token=token)


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def purge_expired(db: Database) -> None:
    """Old tokens and codes are useless; dropping them keeps the token lookups small."""
    with db.write() as tx:
        tx.execute("DELETE FROM tokens WHERE expires_at < ?", (tx.now - 3600,))
        tx.execute("DELETE FROM auth_codes WHERE expires_at < ?", (tx.now - 3600,))
