"""Fault switches: the SPEC language and the seeded plan that decides each request's fate.

SPEC is ``key=value`` pairs separated by commas, for example
``latency_ms=50,error_rate=0.1,reset_after_commit=0.2,truncate=0.05,rate=10/s``:

- ``latency_ms=N`` or ``latency_ms=A-B``: added delay (fixed, or uniform between A and B);
- ``error_rate=P``: answer 500 or 503 before the request runs;
- ``reset_after_commit=P``: run a mutating request, commit it, then drop the connection so the
  client never sees the reply (the case idempotency keys exist for);
- ``truncate=P``: send the headers and only part of the body, then drop the connection;
- ``rate=N/s`` (and ``burst=M``): a 429 storm, every token limited to N requests per second;
- ``edits=N/min``: server-side edits of random products, as if the owner used the website;
- ``orders=N/min``: a buyer simulation placing (and paying, and receiving) orders;
- ``hostile=KIND`` (with ``hostile_path=/v1/...`` and ``hostile_times=N``): successful replies
  replaced by a hostile one of KIND, see :mod:`.hostile`.

Request ``n`` (counting from 0 among ``/v1/`` requests since the faults were set) draws from a
random generator seeded with ``(seed, n)`` and always draws every value in the same order, so a
given seed gives the same faults for the same sequence of requests, and switching one fault on
does not move the others.
"""

from __future__ import annotations

import itertools
import random
import re
import threading
from dataclasses import dataclass, fields

from .ratelimit import LeakyBuckets

HOSTILE_KINDS = (
    "truncated", "not_json", "empty", "deep",
    "wrong_types", "bad_cursor", "out_of_range", "lone_surrogate", "bad_item",
)
FEED_KINDS = frozenset(HOSTILE_KINDS[4:])
"""Kinds that reshape a change-feed page, so they apply to ``/v1/changes`` only."""
FEED_PATH = "/v1/changes"

_PER = {"s": 1.0, "sec": 1.0, "min": 60.0, "h": 3600.0}


def _per_second(value: str) -> float:
    match = re.fullmatch(r"\s*([0-9.]+)\s*(?:/\s*(s|sec|min|h))?\s*", value)
    if not match:
        raise ValueError(f"not a rate: {value!r} (use N/s, N/min or N/h)")
    return float(match.group(1)) / _PER[match.group(2) or "s"]


def _probability(value: str) -> float:
    p = float(value)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"probability out of range: {value}")
    return p


@dataclass(frozen=True)
class FaultSpec:
    latency_ms: tuple[float, float] = (0.0, 0.0)
    error_rate: float = 0.0
    reset_after_commit: float = 0.0
    truncate: float = 0.0
    rate: float | None = None
    burst: int | None = None
    edits: float = 0.0
    """Server-side edits per second."""
    orders: float = 0.0
    """Simulated buyer actions per second."""
    hostile: str = ""
    """A kind from HOSTILE_KINDS: successful replies on ``hostile_path`` are replaced."""
    hostile_path: str = FEED_PATH
    hostile_times: int = 0
    """How many hostile replies before the sandbox answers normally again; 0 = until cleared."""

    @classmethod
    def parse(cls, spec: str | None) -> FaultSpec:
        values: dict[str, object] = {}
        for item in filter(None, (part.strip() for part in (spec or "").split(","))):
            key, sep, value = item.partition("=")
            key, value = key.strip(), value.strip()
            if not sep or not value:
                raise ValueError(f"expected key=value, got {item!r}")
            if key == "latency_ms":
                low, _, high = value.partition("-")
                values[key] = (float(low), float(high or low))
            elif key in ("error_rate", "reset_after_commit", "truncate"):
                values[key] = _probability(value)
            elif key in ("rate", "edits", "orders"):
                values[key] = _per_second(value)
            elif key in ("burst", "hostile_times"):
                values[key] = int(value)
                if values[key] < 1:
                    raise ValueError(f"{key} must be at least 1")
            elif key == "hostile":
                if value not in HOSTILE_KINDS:
                    raise ValueError(f"unknown hostile kind {value!r}; known: "
                                     + ", ".join(HOSTILE_KINDS))
                values[key] = value
            elif key == "hostile_path":
                if not value.startswith("/v1/"):
                    raise ValueError("hostile_path must be a /v1/ path")
                values[key] = value
            else:
                known = ", ".join(f.name for f in fields(cls))
                raise ValueError(f"unknown fault {key!r}; known: {known}")
        if values.get("rate") == 0.0:
            raise ValueError("rate must be above 0")
        kind = values.get("hostile")
        if not kind and ("hostile_path" in values or "hostile_times" in values):
            raise ValueError("hostile_path and hostile_times need hostile=KIND")
        if kind in FEED_KINDS and values.get("hostile_path", FEED_PATH) != FEED_PATH:
            raise ValueError(f"hostile={kind} reshapes change-feed pages: only {FEED_PATH}")
        return cls(**values)  # type: ignore[arg-type]

    @property
    def active(self) -> bool:
        return self != FaultSpec()

    def describe(self) -> str:
        """The canonical SPEC string (what ``GET /admin/faults`` shows)."""
        parts = []
        low, high = self.latency_ms
        if high:
            parts.append(f"latency_ms={low:g}" + (f"-{high:g}" if high != low else ""))
        for name in ("error_rate", "reset_after_commit", "truncate"):
            if getattr(self, name):
                parts.append(f"{name}={getattr(self, name):g}")
        if self.rate:
            parts.append(f"rate={self.rate:g}/s")
        if self.burst:
            parts.append(f"burst={self.burst}")
        for name in ("edits", "orders"):
            if getattr(self, name):
                parts.append(f"{name}={getattr(self, name) * 60:g}/min")
        if self.hostile:
            parts.append(f"hostile={self.hostile}")
            if self.hostile_path != FEED_PATH:
                parts.append(f"hostile_path={self.hostile_path}")
            if self.hostile_times:
                parts.append(f"hostile_times={self.hostile_times}")
        return ",".join(parts)


@dataclass(frozen=True)
class FaultDecision:
    """What happens to one request: a delay, then at most one failure."""

    latency_s: float = 0.0
    error_status: int | None = None
    reset: bool = False
    truncate_at: float | None = None
    """Fraction of the body that gets through before the connection drops."""

    @property
    def kind(self) -> str:
        if self.error_status:
            return f"error-{self.error_status}"
        if self.reset:
            return "reset"
        return "truncate" if self.truncate_at is not None else "none"


def decide(spec: FaultSpec, seed: int, n: int, mutating: bool) -> FaultDecision:
    rng = random.Random(f"sellerdesk-sandbox:{seed}:{n}")
    u_latency, u_error, u_kind, u_reset, u_truncate, u_cut = (rng.random() for _ in range(6))
    low, high = spec.latency_ms
    latency = (low + (high - low) * u_latency) / 1000.0
    if u_error < spec.error_rate:
        return FaultDecision(latency, error_status=500 if u_kind < 0.5 else 503)
    if mutating and u_reset < spec.reset_after_commit:
        return FaultDecision(latency, reset=True)
    if u_truncate < spec.truncate:
        return FaultDecision(latency, truncate_at=0.1 + 0.8 * u_cut)
    return FaultDecision(latency)


class FaultController:
    """The faults in force now, replaced whole by ``configure``: each request sees one set."""

    def __init__(self, spec: str | None = None, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self.configure(spec, seed)

    def configure(self, spec: str | None, seed: int) -> None:
        parsed = FaultSpec.parse(spec)
        with self._lock:
            self.spec = parsed
            self.seed = seed
            self._counter = itertools.count()
            self.storm = (
                LeakyBuckets(parsed.rate, parsed.burst or max(1, round(parsed.rate)))
                if parsed.rate
                else None
            )
            self.generation = getattr(self, "generation", 0) + 1
            self._hostile_served = 0
            self._bad_item: tuple[str, str] | None = None

    @property
    def hostile_served(self) -> int:
        """Hostile replies sent since the faults were set (numbers the next one, too)."""
        return self._hostile_served

    def take_hostile(self, generation: int) -> bool:
        """Claims one hostile reply under the faults of ``generation``; False when they were
        replaced meanwhile or ``hostile_times`` are used up (the reply then goes out intact)."""
        with self._lock:
            times = self.spec.hostile_times
            if generation != self.generation or (times and self._hostile_served >= times):
                return False
            self._hostile_served += 1
            return True

    def bad_item(self, candidate: tuple[str, str] | None) -> tuple[str, str] | None:
        """The (entity, id) that ``hostile=bad_item`` spoils: the first candidate offered, kept
        until the faults are replaced, so the same item stays bad for every later request."""
        with self._lock:
            if self._bad_item is None:
                self._bad_item = candidate
            return self._bad_item

    def next_decision(self, mutating: bool) -> FaultDecision | None:
        """The fate of the next ``/v1/`` request, or None when faults are off (no draw is made)."""
        with self._lock:
            spec, seed = self.spec, self.seed
            if not spec.active:
                return None
            n = next(self._counter)
        return decide(spec, seed, n, mutating)

    def rng(self, purpose: str) -> random.Random:
        """A generator for a simulation, repeatable under the seed."""
        return random.Random(f"sellerdesk-sandbox:{self.seed}:{purpose}")
