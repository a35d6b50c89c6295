"""The bounded pool that decodes photos, at a lower CPU priority than the window.

On a two-core laptop an import keeps both cores busy; if the pool's workers compete on equal
terms with the UI thread, the window stutters whenever the OS hands the cores to the workers. So
workers lower their own priority: when nothing else wants the CPU they run at full speed, and
when the window needs it, it wins. Measured here under load: the worst event-loop stall during
an import fell from 75-300 ms to 30-45 ms (bench/PHOTOS.md). Linux sets the priority per thread;
worker processes lower their own; Windows lowers the thread with `SetThreadPriority`. Elsewhere
(macOS threads) the priority is left alone.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

NICENESS = 10
THREAD_PRIORITY_BELOW_NORMAL = -1


def lower_thread_priority() -> None:
    """Lower the calling thread's CPU priority (a pool initializer); never fails."""
    with contextlib.suppress(Exception):
        if sys.platform.startswith("linux"):
            # On Linux a thread is a task with its own nice value, addressed by its native id.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                           min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS))
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(),
                                       THREAD_PRIORITY_BELOW_NORMAL)


def lower_process_priority() -> None:
    """Lower a worker process's priority (the initializer of a process pool)."""
    with contextlib.suppress(Exception):
        if hasattr(os, "nice"):
            os.nice(NICENESS)
        else:
            lower_thread_priority()


def make_executor(kind: str, workers: int, *, low_priority: bool = True) -> Executor:
    """A pool of `workers` threads or (spawned, never forked) processes, at low priority unless
    told otherwise (the command line has no window to keep smooth).

    Processes are spawned: forking a process that runs Qt and SQLite threads copies locks held
    by other threads in their locked state.
    """
    if kind == "process":
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=lower_process_priority if low_priority else None)
    if kind == "thread":
        return ThreadPoolExecutor(workers, thread_name_prefix="photos",
                                  initializer=lower_thread_priority if low_priority else None)
    raise ValueError("pool is 'thread' or 'process'")
