"""Progress and cancelling for long catalogue work, readable from another thread.

Long work (a bulk edit of 10,000 products, its undo) runs inside one write transaction on a worker
thread. The window polls `done`/`total` on a timer, as Picard polls its pending requests, instead
of receiving one signal per product; cancelling raises inside the transaction, which then rolls
back whole, so a cancelled bulk edit leaves nothing behind.
"""

from __future__ import annotations

import threading

from sellerdesk.errors import SellerDeskError


class OperationCancelled(SellerDeskError):
    """The owner cancelled; nothing was changed."""


class Progress:
    """Counts steps of work done and carries the owner's wish to cancel it."""

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self._cancel = threading.Event()

    def start(self, total: int) -> None:
        self.total = total
        self.done = 0

    def step(self, count: int = 1) -> None:
        """Count finished steps; raises OperationCancelled once the owner cancelled."""
        self.done += count
        if self._cancel.is_set():
            raise OperationCancelled("Cancelled: nothing was changed.")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0
