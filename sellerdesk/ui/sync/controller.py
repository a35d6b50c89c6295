"""The window's side of the sync: runs the scheduler on the app's loop and turns the engine's
status (reported from a worker thread) into Qt signals on the GUI thread."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from sellerdesk.sync.engine import SyncEngine, SyncStatus
from sellerdesk.sync.scheduler import SyncScheduler

T = TypeVar("T")
log = logging.getLogger(__name__)


async def in_daemon_thread(function: Callable[..., T], *args: Any) -> T:
    """Run `function` in a daemon thread. A sync may sit in a network call for the length of a
    timeout; quitting must not wait for it, and the engine is built to survive being cut off
    at any point (it is what its crash tests do)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def hand_over(result: Any, error: BaseException | None) -> None:
        # The window may have quit while the pass ran: its loop is then closed (or closing
        # under our feet), and the result has nobody left to read it.
        if loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(_settle, future, result, error)
        except RuntimeError:
            log.debug("sync pass finished after its loop closed")

    def run() -> None:
        try:
            result = function(*args)
        except BaseException as exc:  # handed to the awaiting coroutine
            hand_over(None, exc)
            return
        hand_over(result, None)

    threading.Thread(target=run, name="sync", daemon=True).start()
    return await future


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class SyncController(QObject):
    """Owns the scheduler; `status_changed` carries a SyncStatus copy to the GUI thread."""

    status_changed = Signal(object)

    def __init__(self, engine: SyncEngine, account_name: str, *, interval: float = 60.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.account_name = account_name
        self.scheduler = SyncScheduler(engine, in_daemon_thread, interval=interval)
        self._stopped = False
        engine.listeners.append(self._from_worker)
        self._task: asyncio.Task[None] | None = None

    def _from_worker(self, status: SyncStatus) -> None:
        # Emitted from the sync thread: Qt queues it to the receivers' (GUI) thread. A pass
        # can outlive the window (it runs in a daemon thread); emitting on a deleted QObject
        # from another thread crashes the process, so a stopped controller stays silent.
        if self._stopped or not shiboken6.isValid(self):
            return
        self.status_changed.emit(SyncStatus(**status.__dict__))

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    def start(self, jobs: Any) -> None:
        self._task = jobs.start(self.scheduler.run(), name="sync-scheduler")

    def sync_now(self) -> None:
        self.scheduler.sync_now()

    def stop(self) -> None:
        self._stopped = True
        if self._from_worker in self.engine.listeners:
            self.engine.listeners.remove(self._from_worker)
        self.scheduler.stop()
