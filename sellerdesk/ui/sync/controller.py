"""The window's side of the sync: runs the scheduler on the app's loop, turns the engine's
status (reported from a worker thread) into Qt signals on the GUI thread, and sends local
changes promptly: a write on this computer starts a pass a couple of seconds after the last one
of a burst (issue #16, item 10), instead of waiting for the next timed pass."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from sellerdesk.sync.engine import SyncEngine, SyncStatus, unexpected
from sellerdesk.sync.scheduler import SyncScheduler

T = TypeVar("T")
log = logging.getLogger(__name__)
PASS_BUDGET = 120.0  # seconds: the longest a pass may go on before the window says so
RESTART_PAUSE = 5.0  # seconds before a dead scheduler starts again; doubles each time in a row
RESTART_CAP = 300.0
MAX_RESTARTS = 8
SEND_AFTER = 2.0  # seconds after the last local write: a burst of edits is one pass
SEND_AT_LATEST = 10.0  # seconds after the first write of a burst that never pauses


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
    """Owns the scheduler; `status_changed` carries a SyncStatus copy to the GUI thread.

    Two safety nets keep the window honest whatever the engine does: a pass that has not ended
    within `pass_budget` seconds of starting (or of "Sync now") is reported by `overdue`, so
    the window can say so and let the owner ask again; and a scheduler task that dies of an
    exception is logged, shown as a failed pass, and started again after a bounded pause."""

    status_changed = Signal(object)
    overdue = Signal()  # no end of the pass within its budget: say so, let the owner ask again

    def __init__(self, engine: SyncEngine, account_name: str, *, interval: float = 60.0,
                 pass_budget: float = PASS_BUDGET, send_after: float = SEND_AFTER,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.account_name = account_name
        self.scheduler = SyncScheduler(engine, self._run_pass, interval=interval)
        self._stopped = False
        self._latest: SyncStatus | None = None
        engine.listeners.append(self._from_worker)
        self._task: asyncio.Task[None] | None = None
        self._jobs: Any = None
        self.restarts = 0  # deaths in a row, since the last pass that went through
        self._restart_timer = QTimer(self)
        self._restart_timer.setSingleShot(True)
        self._restart_timer.timeout.connect(self._restart)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(int(pass_budget * 1000))
        self._watchdog.timeout.connect(self.overdue)
        self.status_changed.connect(self._watch)
        self.send_after = send_after
        self._send_timer = QTimer(self)  # restarted by each local write: the debounce
        self._send_timer.setSingleShot(True)
        self._send_timer.timeout.connect(self._send_local_changes)
        self._burst_began: float | None = None
        self._outbox_seen: int | None = None
        self.prompt_passes = 0  # passes asked for by local writes (for tests and the bench)

    def _from_worker(self, status: SyncStatus) -> None:
        # Emitted from the sync thread: Qt queues it to the receivers' (GUI) thread. A pass
        # can outlive the window (it runs in a daemon thread); emitting on a deleted QObject
        # from another thread crashes the process, so a stopped controller stays silent.
        if self._stopped or not shiboken6.isValid(self):
            return
        copy = SyncStatus(**status.__dict__)
        self._latest = copy
        self.status_changed.emit(copy)

    @property
    def status(self) -> SyncStatus:
        return self._latest if self._latest is not None else self.engine.status

    def _watch(self, status: SyncStatus) -> None:
        """Time the pass under way; an ended pass (in success or error) stops the clock."""
        if status.running:
            if not self._watchdog.isActive():
                self._watchdog.start()
        else:
            self._watchdog.stop()
            if not status.last_error:
                self.restarts = 0  # a pass went through: the next death starts the count again

    async def _run_pass(self, function: Callable[..., T], *args: Any) -> T:
        """The pass in its thread. However it ends, the window hears that it ended: a pass
        that raised, or ended without saying so, must not leave "Syncing…" up for good."""
        try:
            result = await in_daemon_thread(function, *args)
        except Exception as exc:
            self._show_failure(exc)
            raise
        if self._latest is not None and self._latest.running and not self._stopped:
            ended = SyncStatus(**self._latest.__dict__)
            ended.running, ended.step = False, ""
            self._latest = ended
            self.status_changed.emit(ended)
        return result

    def _show_failure(self, error: BaseException) -> None:
        """A pass or the scheduler died of `error` (a bug): a failed pass, in words."""
        if self._stopped:
            return
        failed = SyncStatus(**self.status.__dict__)
        failed.running, failed.step = False, ""
        words = unexpected(error)
        failed.last_error, failed.error_kind, failed.error_code = \
            words.message, str(words.kind), words.code or None
        self._latest = failed
        self.status_changed.emit(failed)

    def start(self, jobs: Any) -> None:
        self._jobs = jobs
        self._task = jobs.start(self.scheduler.run(), name="sync-scheduler")
        self._task.add_done_callback(self._scheduler_ended)

    def _scheduler_ended(self, task: asyncio.Task[None]) -> None:
        """A scheduler that died of an exception is a bug: log it, show it as a failed pass
        (the engine may have been left saying "running"), and start it again after a pause
        that doubles with each death in a row, up to `MAX_RESTARTS`."""
        if self._stopped or task.cancelled() or (error := task.exception()) is None:
            return
        log.error("the sync scheduler stopped on an error", exc_info=error)
        self._show_failure(error)
        if self.restarts >= MAX_RESTARTS:
            log.error("the sync scheduler died %d times in a row; not restarted", self.restarts)
            return
        self._restart_timer.start(int(min(RESTART_CAP, RESTART_PAUSE * 2 ** self.restarts)
                                      * 1000))
        self.restarts += 1

    def _restart(self) -> None:
        if self._stopped or self._jobs is None or (self._task and not self._task.done()):
            return
        log.info("restarting the sync scheduler")
        self.start(self._jobs)

    def sync_now(self) -> None:
        """A pass now. The watchdog starts at once, so even a pass that never reports ends
        the owner's wait; a scheduler waiting to be restarted is restarted now."""
        if not self._watchdog.isActive():
            self._watchdog.start()
        self._restart_timer.stop()
        self._restart()  # only if the scheduler is dead: the owner asked, once per click
        self.scheduler.sync_now()

    # -- local changes ----------------------------------------------------------------------

    def local_change(self, *_args: object) -> None:
        """Something was written here for the marketplace: send it `send_after` seconds after
        the last write of a burst (at most `SEND_AT_LATEST` after its first), so a saved title
        reaches the marketplace in seconds and ten quick edits make one pass."""
        if self._stopped:
            return
        now = time.monotonic()
        if self._burst_began is None:
            self._burst_began = now
        left = max(0.0, self._burst_began + SEND_AT_LATEST - now)
        self._send_timer.start(int(min(self.send_after, left) * 1000))

    def outbox_counted(self, count: int) -> None:
        """The window counted the changes waiting. Growth that no signal announced (a photo
        import, a write from another process) is a local change too."""
        grew = self._outbox_seen is not None and count > self._outbox_seen
        self._outbox_seen = count
        if grew:
            self.local_change()

    @property
    def sending_soon(self) -> bool:
        """Local changes are waiting for the end of their burst to be sent."""
        return self._send_timer.isActive()

    @property
    def offline(self) -> bool:
        """The OS says so, or the last pass could not reach the marketplace: then the reconnect
        (or the scheduler's back-off) sends what waits, not every edit."""
        info = QNetworkInformation.instance()
        if (info is not None
                and info.reachability() == QNetworkInformation.Reachability.Disconnected):
            return True
        return self.status.online is False

    def _send_local_changes(self) -> None:
        self._burst_began = None
        if self._stopped or self.offline or not self.status.connected:
            return
        self.prompt_passes += 1
        self.scheduler.sync_now()  # a pass under way is followed by one more, at once

    def stop(self) -> None:
        self._stopped = True
        self._send_timer.stop()
        self._watchdog.stop()
        self._restart_timer.stop()
        if self._from_worker in self.engine.listeners:
            self.engine.listeners.remove(self._from_worker)
        self.scheduler.stop()
