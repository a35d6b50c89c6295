"""Starting sandbox marketplaces for a test and stopping every one of them afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox

StartSandbox = Callable[..., RunningSandbox]

# Empty, admin switches on, no audit delay: what most tests want unless they ask otherwise.
TEST_DEFAULTS: dict[str, Any] = {"seed": "empty", "admin": True, "audit_delay": 0.0}
# The sync suites also lift the rate limit, so that only the 429 fault throttles.
SYNC_DEFAULTS: dict[str, Any] = {**TEST_DEFAULTS, "rate_limit": 10_000.0, "rate_burst": 10_000}


@contextmanager
def sandboxes(defaults: dict[str, Any]) -> Iterator[StartSandbox]:
    """A function starting sandboxes with `defaults` (overridable per call); all are stopped
    when the block ends."""
    running: list[RunningSandbox] = []

    def start(**overrides: Any) -> RunningSandbox:
        sandbox = start_sandbox(**{**defaults, **overrides})
        running.append(sandbox)
        return sandbox

    try:
        yield start
    finally:
        for sandbox in running:
            sandbox.stop()
