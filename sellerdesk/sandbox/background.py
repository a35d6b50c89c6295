"""One daemon thread for the sandbox's own clock-driven work.

It ends audits when they fall due, draws pending demo photos, runs the edit and buyer simulations
at their fault rates and purges expired idempotency keys and tokens. It sleeps until the next
thing is due (at most a second) and is woken early through ``SandboxState.wakeup`` when a new
audit starts or the faults change.
"""

from __future__ import annotations

import logging
import threading

from . import catalogue, clock, idempotency, media, tokens
from .simulation import Simulation
from .state import SandboxState

log = logging.getLogger(__name__)

PURGE_EVERY = 300.0
MAX_SLEEP = 1.0


class Ticker:
    def __init__(self, state: SandboxState, simulation: Simulation) -> None:
        self.state = state
        self.simulation = simulation
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="sandbox-ticker", daemon=True)
        self._generation = -1
        self._next_edit = self._next_order = float("inf")
        self._next_purge = clock.now() + PURGE_EVERY

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping = True
        self.state.wakeup.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping:
            # Cleared before the work, so a wake-up sent during it is not lost.
            self.state.wakeup.clear()
            try:
                wait = self._tick()
            except Exception:  # keep ticking: one bad step must not stop audits for good
                log.exception("sandbox background step failed")
                wait = MAX_SLEEP
            if self._stopping:
                break
            self.state.wakeup.wait(max(0.0, min(wait, MAX_SLEEP)))

    def _tick(self) -> float:
        """Does what is due; returns seconds until something else may be."""
        state, now = self.state, clock.now()
        spec = state.faults.spec
        if self._generation != state.faults.generation:
            self._generation = state.faults.generation
            self._next_edit = now + 1 / spec.edits if spec.edits else float("inf")
            self._next_order = now + 1 / spec.orders if spec.orders else float("inf")
        with state.db.read() as conn:
            due = catalogue.next_audit_due(conn)
        if due is not None and due <= now:
            with state.db.write() as tx:
                catalogue.settle_audits(tx)
            with state.db.read() as conn:
                due = catalogue.next_audit_due(conn)
        drew = media.draw_pending(state.db)
        if now >= self._next_edit:
            self.simulation.edit()
            self._next_edit = max(self._next_edit + 1 / spec.edits, now)
        if now >= self._next_order:
            self.simulation.buyer(state.currency)
            self._next_order = max(self._next_order + 1 / spec.orders, now)
        if now >= self._next_purge:
            idempotency.purge(state.db, state.config.idempotency_ttl)
            tokens.purge_expired(state.db)
            self._next_purge = now + PURGE_EVERY
        if drew:
            return 0.0
        soonest = min(self._next_edit, self._next_order, self._next_purge, due or float("inf"))
        return soonest - clock.now()
