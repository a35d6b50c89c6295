"""Idempotency keys: a retried request gets the original answer instead of running twice.

The middleware reads each keyed request, then either replays the stored answer (same key, same
request), refuses (same key, different request: 422; same key still running: 409), or lets it run.
A handler that changes data stores its answer with :func:`reply` *inside its own transaction*, so
the change and its stored answer commit together: a connection lost after the commit still leaves
a retry something to replay. Requests that fail change nothing and store nothing, so their retry
simply runs again. Keys are scoped to the OAuth client and kept ``idempotency_ttl`` seconds.

Every ``POST`` under ``/v1/`` must carry a key; ``PATCH`` and ``DELETE`` may.
"""

from __future__ import annotations

import hashlib
import json
import re
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import clock
from .database import Database, Tx
from .problems import Problem, field_error
from .tokens import authenticate, bearer_token

MAX_BODY = 4 * 1024 * 1024
"""Largest request body read at all: a 3 MB photo plus multipart overhead."""

KEYED_METHODS = frozenset({"POST", "PATCH", "DELETE"})


@dataclass(frozen=True)
class KeyContext:
    scope: str
    key: str
    fingerprint: str


def fingerprint(method: str, path: str, query: str, content_type: str, body: bytes) -> str:
    """What makes two requests "the same": method, target and body, ignoring incidental framing.

    JSON is compared parsed (key order and spacing do not matter); a multipart body is compared
    with its random boundary blanked, since clients draw a new boundary for every attempt.
    """
    canonical = body
    if "json" in content_type:
        with suppress(ValueError):
            canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    elif (match := re.search(r'boundary="?([^";]+)"?', content_type)) is not None:
        canonical = body.replace(match.group(1).encode(), b"BOUNDARY")
    digest = hashlib.sha256()
    for part in (method, path, query):
        digest.update(part.encode() + b"\x00")
    digest.update(canonical)
    return digest.hexdigest()


def reply(
    tx: Tx,
    request: Request,
    status: int,
    payload: Any,
    headers: dict[str, str] | None = None,
) -> Response:
    """The JSON response of a data-changing handler, stored under the request's key if it has one.

    ``payload`` None means an empty body (a 204).
    """
    if payload is None:
        body, all_headers = b"", dict(headers or {})
    else:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        all_headers = {"content-type": "application/json", **(headers or {})}
    context: KeyContext | None = request.scope.get("state", {}).get("idempotency")
    if context is not None:
        tx.execute(
            "INSERT OR REPLACE INTO idempotency"
            " (scope, key, fingerprint, status, headers, body, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                context.scope,
                context.key,
                context.fingerprint,
                status,
                json.dumps(all_headers),
                body,
                tx.now,
            ),
        )
    return Response(body, status_code=status, headers=all_headers)


def _stored(db: Database, scope: str, key: str, ttl: float) -> tuple[Any, ...] | None:
    with db.read() as conn:
        row = conn.execute(
            "SELECT fingerprint, status, headers, body FROM idempotency"
            " WHERE scope = ? AND key = ? AND created_at > ?",
            (scope, key, clock.now() - ttl),
        ).fetchone()
    return None if row is None else tuple(row)


def purge(db: Database, ttl: float) -> None:
    with db.write() as tx:
        tx.execute("DELETE FROM idempotency WHERE created_at <= ?", (tx.now - ttl,))


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it grows past ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class IdempotencyMiddleware:
    def __init__(
        self, app: ASGIApp, db: Database, ttl: float, in_flight: set[tuple[str, str]]
    ) -> None:
        self.app = app
        self.db = db
        self.ttl = ttl
        self.in_flight = in_flight
        """(client, key) pairs running now. Touched only on the event loop, so it needs no lock."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in KEYED_METHODS
            or not scope["path"].startswith("/v1/")
        ):
            await self.app(scope, receive, send)
            return
        try:
            await self._keyed(scope, receive, send)
        except Problem as problem:
            await problem.response(scope["path"])(scope, receive, send)

    async def _keyed(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        principal = await run_in_threadpool(
            authenticate, self.db, bearer_token(headers.get("authorization"))
        )
        scope.setdefault("state", {})["principal"] = principal
        key = headers.get("idempotency-key")
        if not key:
            if scope["method"] == "POST":
                raise Problem(400, "idempotency-key-required")
            await self.app(scope, receive, send)
            return
        if len(key) > 255:
            raise Problem(
                400, "validation", errors=[field_error("Idempotency-Key", "at most 255 characters")]
            )
        slot = (principal.client_id, key)
        if slot in self.in_flight:
            raise Problem(
                409, "idempotency-in-flight", retryable=True, headers={"Retry-After": "1"}
            )
        # In flight from the first byte: a request still uploading its body is running too.
        self.in_flight.add(slot)
        try:
            await self._run(scope, receive, send, headers, principal.client_id, key)
        finally:
            self.in_flight.discard(slot)

    async def _run(
        self, scope: Scope, receive: Receive, send: Send, headers: Headers, client: str, key: str
    ) -> None:
        if int(headers.get("content-length") or 0) > MAX_BODY:
            raise Problem(413, "payload-too-large", f"Bodies are limited to {MAX_BODY} bytes.")
        body = await _read_body(receive, MAX_BODY)
        if body is None:
            raise Problem(413, "payload-too-large", f"Bodies are limited to {MAX_BODY} bytes.")
        context = KeyContext(
            scope=client,
            key=key,
            fingerprint=fingerprint(
                scope["method"],
                scope["path"],
                scope.get("query_string", b"").decode(),
                headers.get("content-type", ""),
                body,
            ),
        )
        stored = await run_in_threadpool(_stored, self.db, client, key, self.ttl)
        if stored is not None:
            await self._replay(stored, context, scope, receive, send)
            return
        scope["state"]["idempotency"] = context
        await self.app(scope, _replaying(body, receive), send)

    async def _replay(
        self,
        stored: tuple[Any, ...],
        context: KeyContext,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        stored_fingerprint, status, headers_json, body = stored
        if stored_fingerprint != context.fingerprint:
            raise Problem(422, "idempotency-key-reused")
        headers = {**json.loads(headers_json), "Idempotent-Replayed": "true"}
        await Response(bytes(body), status_code=status, headers=headers)(scope, receive, send)


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the already-read body on, then defers to the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
