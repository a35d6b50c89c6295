"""Named places where tests kill the process, or make it fail, to prove nothing is lost there.

Inactive unless `SELLERDESK_CRASH_AT` names the point (tests set it in a child process only);
then the process dies with SIGKILL exactly there - no cleanup, no flush, as in a power cut.
`failing_at` (tests only) raises `InjectedFault` at a point instead: a bug anywhere in a sync
pass must end that pass with a shown error, never stop the shop syncing.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "SELLERDESK_CRASH_AT"
_failing: set[str] = set()


class InjectedFault(RuntimeError):
    """Raised at a named point by `failing_at`: stands for any bug a pass may meet there."""


def crash_point(name: str) -> None:
    if _failing and name in _failing:
        raise InjectedFault(f"fault injected at {name}")
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


@contextmanager
def failing_at(name: str) -> Iterator[None]:
    """While the block runs, `crash_point(name)` raises `InjectedFault` (in this process)."""
    _failing.add(name)
    try:
        yield
    finally:
        _failing.discard(name)
