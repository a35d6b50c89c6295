"""Quota and flow control as AliExpress applies them: a daily quota per app, and a short-term
rate which, once exceeded, bans the app for a while. Both answer code 7 "App Call Limited" with
"This ban will last for N more seconds" and no Retry-After header, so clients must read the
message. Time comes from the sandbox clock, which tests can move.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .. import clock
from .protocol import PACIFIC, ApiError, ban


@dataclass
class Limits:
    """Adjustable at run time (``PUT /aliexpress/admin/limits`` when admin is on)."""

    rate: float = 10_000.0
    """Calls per second an app may make on average."""
    burst: int = 10_000
    ban_seconds: float = 60.0
    """How long exceeding the rate bans the app."""
    daily_quota: int = 5_000_000
    """Calls per app per day; the day ends at midnight US Pacific, as on the platform."""


@dataclass
class Throttle:
    limits: Limits = field(default_factory=Limits)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _level: dict[str, tuple[float, float]] = field(default_factory=dict)
    _banned_until: dict[str, float] = field(default_factory=dict)
    _used: dict[tuple[str, str], int] = field(default_factory=dict)
    calls: int = 0
    refused: int = 0

    def admit(self, app_key: str) -> None:
        """Counts one call of ``app_key`` or raises the ban it is under."""
        now = clock.now()
        with self._lock:
            until = self._banned_until.get(app_key, 0.0)
            if until > now:
                self.refused += 1
                raise ban(until - now)
            day = datetime.fromtimestamp(now, tz=PACIFIC).date().isoformat()
            used = self._used.get((app_key, day), 0)
            if used >= self.limits.daily_quota:
                self.refused += 1
                midnight = datetime.fromisoformat(day).replace(tzinfo=PACIFIC) + timedelta(days=1)
                raise ban(midnight.timestamp() - now)
            level, since = self._level.get(app_key, (0.0, now))
            level = max(0.0, level - (now - since) * self.limits.rate)
            if level + 1 > self.limits.burst:
                self._banned_until[app_key] = now + self.limits.ban_seconds
                self._level[app_key] = (0.0, now)
                self.refused += 1
                raise ban(self.limits.ban_seconds)
            self._level[app_key] = (level + 1, now)
            self._used[(app_key, day)] = used + 1
            self.calls += 1

    def lift(self) -> None:
        """Forget bans and levels (a test switching limits starts clean)."""
        with self._lock:
            self._banned_until.clear()
            self._level.clear()
            self._used.clear()


def refused_error(exc: ApiError) -> bool:
    return exc.code == "7"
