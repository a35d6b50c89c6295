"""UTC time as the API shows it: ISO-8601 with milliseconds and a ``Z``.

One fixed-width format means the strings sort like the instants they name, so SQLite can compare
``updated_at`` columns as text.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime


def now() -> float:
    """Seconds since the epoch; the one clock every sandbox module reads."""
    return time.time()


def iso(ts: float | None = None) -> str:
    moment = datetime.fromtimestamp(now() if ts is None else ts, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> float:
    """Accepts any ISO-8601 instant (``Z`` or an offset); naive times are taken as UTC."""
    # A "+01:00" offset typed unescaped in a query string arrives as " 01:00".
    text = re.sub(r" (\d\d:?\d\d)$", r"+\1", text.strip().replace("Z", "+00:00"))
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def normalise_iso(text: str) -> str:
    """Any ISO-8601 instant re-written in the sandbox's sortable format."""
    return iso(parse_iso(text))
