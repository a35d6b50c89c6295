"""The sandbox's fault switches applied to gateway calls, the way AliExpress fails.

The sandbox's own fault layer only looks at ``/v1/``; this one sits outside it (it must be the
layer uvicorn calls, to reach the socket) and draws from the same seeded plan, so one SPEC and
seed drive both APIs. An injected 500 arrives as the platform's ISP error inside HTTP 200; a 503
as a bare 503; resets and truncation as lost or cut replies, after the change committed.
Whether a call writes is read from ``method`` in the query string, where clients keep it (the
SDKs, and SellerDesk, which sends only ``method`` there and the secrets in the body).
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Receive, Scope, Send

from ..fault_middleware import FAULT_HEADER, FaultMiddleware, _swallow, drop_connection
from ..faults import FaultController
from .routes import WRITES

PREFIXES = ("/aliexpress/sync",)
"""Business calls only: as on /v1/, tokens can always be had."""


class GatewayFaults:
    def __init__(self, app: ASGIApp, faults: FaultController) -> None:
        self.app = app
        self.faults = faults
        self._truncating = FaultMiddleware(app, faults)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PREFIXES):
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode())
        method = (query.get("method") or [""])[0]
        mutating = method in WRITES
        decision = self.faults.next_decision(mutating)
        if decision is None:
            await self.app(scope, receive, send)
            return
        if decision.latency_s > 0:
            await asyncio.sleep(decision.latency_s)
        if decision.error_status == 500:
            body = json.dumps({"error_response": {
                "code": "15", "msg": "Remote service error", "sub_code": "isp.service-error",
                "sub_msg": "Injected fault", "request_id": "fault"}}).encode()
            await self._answer(send, 200, body)
        elif decision.error_status:
            await self._answer(send, decision.error_status, b"Service Unavailable")
        elif decision.reset:
            await self.app(scope, receive, _swallow)
            await drop_connection(send)
        elif decision.truncate_at is not None:
            await self._truncating._truncated(scope, receive, send, decision.truncate_at)
        else:
            await self.app(scope, receive, send)

    @staticmethod
    async def _answer(send: Send, status: int, body: bytes) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json" if status == 200 else b"text/plain"),
            (b"content-length", str(len(body)).encode()),
            (FAULT_HEADER.lower().encode(), f"error-{status}".encode())]})
        await send({"type": "http.response.body", "body": body})
