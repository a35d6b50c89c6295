"""Background work for the window: blocking calls in threads, results back on the GUI thread.

One asyncio loop runs on the Qt main thread (qasync). Code awaits `jobs.in_thread(...)`, and what
follows the await runs on the GUI thread again, so it may touch widgets. Tasks are kept by
reference (an unreferenced asyncio task can be collected mid-flight), a named task replaces its
predecessor (a new search cancels the old one), and `shutdown` cancels everything so quitting
never waits on, or tracebacks from, work still under way.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a worker thread when its job was cancelled."""


class CancelToken:
    """Checked by long work in threads, which asyncio cannot interrupt."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`, waking early on cancel; True if cancelled."""
        return self._event.wait(seconds)


class Jobs:
    """The window's background tasks and the thread pool they use."""

    def __init__(self, *, workers: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ui-job")
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._tokens: set[CancelToken] = set()
        self._closed = False

    def start(
        self, coroutine: Coroutine[Any, Any, T], *, name: str | None = None
    ) -> asyncio.Task[T]:
        """Run `coroutine` in the background; a task with the same `name` is cancelled first."""
        if self._closed:
            coroutine.close()
            raise RuntimeError("jobs are shut down")
        if name is not None and (previous := self._named.get(name)) is not None:
            previous.cancel()
        task = asyncio.get_event_loop().create_task(coroutine, name=name)
        self._tasks.add(task)
        if name is not None:
            self._named[name] = task
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None and not isinstance(error, Cancelled):
            log.error("background task %s failed", name, exc_info=error)

    async def in_thread(self, function: Callable[..., T], *args: Any) -> T:
        """Await `function(*args)` run on the pool."""
        # The loop the task runs on (Qt may step a task from its own event processing, where
        # asyncio does not consider the loop "running").
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(self._pool, lambda: function(*args))

    async def cancellable(self, function: Callable[[CancelToken], T]) -> T:
        """Await `function(token)` on the pool; cancelling the task cancels the token."""
        token = CancelToken()
        self._tokens.add(token)
        try:
            return await self.in_thread(function, token)
        except asyncio.CancelledError:
            token.cancel()
            raise
        finally:
            self._tokens.discard(token)

    def is_running(self, name: str) -> bool:
        """Whether the task started under `name` is still going."""
        return name in self._named

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel every task and token, wait for them (bounded), then stop the pool."""
        self._closed = True
        for token in list(self._tokens):
            token.cancel()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        self._pool.shutdown(wait=False, cancel_futures=True)
