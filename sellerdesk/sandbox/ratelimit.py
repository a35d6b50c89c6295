"""A leaky bucket per access token, answering 429 with ``Retry-After`` and ``RateLimit-*`` headers.

Every request pours one unit into its token's bucket, which drains at ``rate`` units per second
and holds ``burst`` units. A request that would overflow is refused without touching the bucket,
so a client that honours ``Retry-After`` always gets through. Headers follow the IETF
RateLimit-header draft (``RateLimit-Limit``/``-Remaining``/``-Reset`` plus ``RateLimit-Policy``).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import clock
from .problems import Problem
from .tokens import bearer_token


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset: float
    """Seconds until the bucket is empty again."""
    retry_after: float
    """Seconds until one more request fits (0 when allowed)."""

    def headers(self, rate: float) -> dict[str, str]:
        window = max(1, math.ceil(self.limit / rate))
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(math.ceil(self.reset)),
            "RateLimit-Policy": f"{self.limit};w={window}",
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, math.ceil(self.retry_after)))
        return headers


class LeakyBuckets:
    """The buckets of every token seen; thread-safe, forgets tokens whose bucket has drained."""

    def __init__(self, rate: float, burst: int) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._levels: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> Verdict:
        now = clock.now() if now is None else now
        with self._lock:
            level, since = self._levels.get(key, (0.0, now))
            level = max(0.0, level - (now - since) * self.rate)
            if level + 1 > self.burst:
                self._levels[key] = (level, now)
                return Verdict(
                    allowed=False,
                    limit=self.burst,
                    remaining=0,
                    reset=level / self.rate,
                    retry_after=(level + 1 - self.burst) / self.rate,
                )
            level += 1
            self._levels[key] = (level, now)
            if len(self._levels) > 10_000:
                self._forget_drained(now)
        return Verdict(
            allowed=True,
            limit=self.burst,
            remaining=int(self.burst - level),
            reset=level / self.rate,
            retry_after=0.0,
        )

    def _forget_drained(self, now: float) -> None:
        self._levels = {
            key: (level, since)
            for key, (level, since) in self._levels.items()
            if level - (now - since) * self.rate > 0
        }


class RateLimitMiddleware:
    """ASGI layer in front of ``/v1/``: takes one unit per request from the caller's bucket.

    It keys on the bearer token as sent, before the token is checked, so refusing costs nothing.
    While a 429 storm is on (fault ``rate=N/s``), the storm's buckets replace the normal ones.
    """

    def __init__(
        self, app: ASGIApp, buckets: LeakyBuckets, storm: Callable[[], LeakyBuckets | None]
    ):
        self.app = app
        self.buckets = buckets
        self.storm = storm

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        token = bearer_token(Headers(scope=scope).get("authorization"))
        if token is None:
            await self.app(scope, receive, send)
            return
        buckets = self.storm() or self.buckets
        verdict = buckets.take(token)
        headers = verdict.headers(buckets.rate)
        if not verdict.allowed:
            problem = Problem(429, "rate-limited", headers=headers)
            await problem.response(scope["path"])(scope, receive, send)
            return
        raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *raw]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
