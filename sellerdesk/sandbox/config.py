"""Settings of one sandbox instance, shared by the app factory, the CLI and the embedded runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_AUDIT_DELAY = 5.0
"""Seconds a new product stays *auditing*; short enough for the demo, long enough to be seen."""

DEFAULT_TOKEN_TTL = 3600.0
"""Seconds an access token lives, as on most real marketplaces."""


@dataclass(frozen=True)
class SandboxConfig:
    """Everything that makes one sandbox behave differently from another.

    ``data`` is the SQLite file; ``None`` means a throw-away file in a temporary folder.
    ``faults`` is a fault SPEC string (see :mod:`sellerdesk.sandbox.faults`); faults stay off
    unless it is given or ``admin`` is on and a test switches them on.
    """

    data: Path | None = None
    seed: str = "demo"
    audit_delay: float = DEFAULT_AUDIT_DELAY
    token_ttl: float = DEFAULT_TOKEN_TTL
    refresh_ttl: float = 30 * 24 * 3600.0
    rate_limit: float = 50.0
    """Requests per second leaking out of each token's bucket."""
    rate_burst: int = 100
    """Bucket capacity: how many requests a token may send at once."""
    idempotency_ttl: float = 24 * 3600.0
    faults: str | None = None
    fault_seed: int = 0
    admin: bool = False
    """Enables the ``/admin`` endpoints (fault switches, simulations). Off unless asked for."""
