"""When to sync: now when asked, on reconnect, every few minutes, and after failures with
exponential back-off and full jitter (honouring what the marketplace asked for).

Runs on the app's asyncio loop; the pass itself runs in a worker thread, so the window never
waits on the network. Bounded: back-off is capped, and a cancelled scheduler stops promptly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable

from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.sync.engine import SyncEngine, SyncReport, unexpected

log = logging.getLogger(__name__)


class Backoff:
    """Full jitter: a random wait up to base * 2^failures, capped (AWS architecture blog)."""

    def __init__(self, base: float = 2.0, cap: float = 300.0,
                 rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self.rng = rng or random.Random()

    def next_delay(self, retry_after: float | None = None) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures, 16))
        delay = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def reset(self) -> None:
        self.failures = 0


class SyncScheduler:
    def __init__(self, engine: SyncEngine,
                 run_in_thread: Callable[..., Awaitable[SyncReport]],
                 *, interval: float = 120.0, backoff: Backoff | None = None) -> None:
        self.engine = engine
        self.run_in_thread = run_in_thread
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._wake = asyncio.Event()
        self._stopped = False
        self.cancelled = False

    def sync_now(self) -> None:
        """On demand, or because the network came back: skip any wait."""
        self.backoff.reset()
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self.cancelled = True
        self._wake.set()

    async def run(self) -> None:
        delay = 0.0
        while not self._stopped:
            if delay:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
            self._wake.clear()
            if self._stopped:
                return
            try:
                report = await self.run_in_thread(self.engine.sync_once, lambda: self.cancelled)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # sync_once never raises; should it ever, keep going
                log.exception("sync pass raised")
                report = SyncReport(error=unexpected(exc))
            error = report.error
            if error is None:
                self.backoff.reset()
                delay = self.interval
            elif error.kind == ErrorKind.AUTH:
                delay = self.interval * 10  # nothing to gain until the owner logs in again
            else:
                delay = self.backoff.next_delay(error.retry_after)
                log.info("next sync attempt in %.1f s", delay)
