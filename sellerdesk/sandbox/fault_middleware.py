"""The outermost ASGI layer: applies each ``/v1/`` request's fault decision (see :mod:`.faults`).

Dropping a connection needs the socket, which ASGI does not expose. uvicorn's ``send`` is a bound
method of its request cycle, which holds the asyncio transport; this layer must therefore be the
one uvicorn calls directly. With ``SO_LINGER`` 0 the close is a TCP reset, as on a real network.
Under a server without a reachable transport the drop degrades to an exception (a 500 or a closed
connection), which clients must treat the same way.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from contextlib import suppress
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .faults import FaultController
from .problems import Problem

MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FAULT_HEADER = "Sandbox-Fault"
"""Marks replies the sandbox broke on purpose, so a load test can tell them from real failures."""


class ConnectionDropped(Exception):
    """Raised when the transport cannot be reached to drop the connection cleanly."""


async def drop_connection(send: Send) -> None:
    transport: Any = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionDropped("fault injection: connection dropped")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    # Let the server notice the loss before the app returns, so it does not try to answer.
    for _ in range(3):
        await asyncio.sleep(0)


class FaultMiddleware:
    def __init__(self, app: ASGIApp, faults: FaultController) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        decision = self.faults.next_decision(scope["method"] in MUTATING)
        if decision is None:
            await self.app(scope, receive, send)
            return
        if decision.latency_s > 0:
            await asyncio.sleep(decision.latency_s)
        if decision.error_status:
            headers = {FAULT_HEADER: decision.kind}
            if decision.error_status == 503:
                headers["Retry-After"] = "1"
            problem = Problem(decision.error_status, "injected-fault", headers=headers)
            await problem.response(scope["path"])(scope, receive, send)
        elif decision.reset:
            await self.app(scope, receive, _swallow)
            await drop_connection(send)
        elif decision.truncate_at is not None:
            await self._truncated(scope, receive, send, decision.truncate_at)
        else:
            await self.app(scope, receive, send)

    async def _truncated(self, scope: Scope, receive: Receive, send: Send, keep: float) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def collect(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, collect)
        if start is None:
            return
        body = b"".join(chunks)
        headers = [
            (name, value) for name, value in start.get("headers", []) if name != b"content-length"
        ]
        headers += [
            (b"content-length", str(len(body)).encode()),
            (FAULT_HEADER.lower().encode(), b"truncate"),
        ]
        await send({**start, "headers": headers})
        await send(
            {"type": "http.response.body", "body": body[: int(len(body) * keep)], "more_body": True}
        )
        await drop_connection(send)


async def _swallow(message: Message) -> None:
    """The reply of a request whose connection is about to be reset goes nowhere."""
