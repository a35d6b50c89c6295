"""The opaque pull cursor AliExpress needs, since it has no change feed.

Products: a full scan (every status list, page by page) at most every ``scan_interval``;
only products whose ``gmt_modified`` differs from the last one fetched are read in full, and a
product known before but absent from a finished scan is confirmed deleted with one lookup
(a product moving between lists mid-scan is then read, not deleted).

Orders: windows of modification time in US Pacific, each starting ``overlap`` seconds before
the previous one ended (the platform's clock and index lag), de-duplicated by (order id,
modified time). A window's pages are read last to first, then page 1 again: an order modified
meanwhile leaves the window and shifts later items towards the front, where they are still to
be read, so nothing is skipped (it reappears in the next window with its new time).

The state travels as compressed JSON; it is stored by the engine only after the changes it
covers are committed, so a crash repeats work, never skips it.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

PREFIX = "ae1:"
STATUSES = ("onSelling", "offline", "auditing", "editingRequired")
FIRST_ORDER_TIME = 946_684_800.0  # 2000-01-01: the first window covers all history


@dataclass
class Scan:
    status: int = 0
    page: int = 1
    seen: list[str] = field(default_factory=list)
    started: float = 0.0


@dataclass
class Window:
    start: float
    end: float
    pages: list[int] | None = None  # still to read; None until page 1 told how many


@dataclass
class Cursor:
    known: dict[str, str] = field(default_factory=dict)
    """product id → gmt_modified as last read in full ("" = read again next scan)."""
    skus: dict[str, str] = field(default_factory=dict)
    """SKU code → product id: batch updates are keyed by product, the engine speaks SKUs."""
    scan: Scan | None = None
    last_scan: float | None = None
    orders_since: float | None = None
    orders_seen: dict[str, str] = field(default_factory=dict)
    """order id → gmt_modified already delivered, within the overlap."""
    window: Window | None = None

    def encode(self) -> str:
        raw = json.dumps(asdict(self), separators=(",", ":")).encode()
        return PREFIX + base64.urlsafe_b64encode(zlib.compress(raw, 1)).decode()

    @classmethod
    def decode(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        if not text.startswith(PREFIX):
            raise ValueError("not an AliExpress cursor")
        data: dict[str, Any] = json.loads(zlib.decompress(
            base64.urlsafe_b64decode(text[len(PREFIX):].encode())))
        scan = data.pop("scan")
        window = data.pop("window")
        return cls(scan=None if scan is None else Scan(**scan),
                   window=None if window is None else Window(**window), **data)

    def scan_due(self, now: float, interval: float) -> bool:
        # Not while an order window is open: a pass is one scan (when due), then one window.
        return self.scan is None and self.window is None and (self.last_scan is None
                                      or now - self.last_scan >= interval)

    def open_window(self, now: float, overlap: float) -> Window:
        start = FIRST_ORDER_TIME if self.orders_since is None else self.orders_since - overlap
        self.window = Window(start=float(int(start)), end=float(int(now)))
        return self.window

    def close_window(self, overlap: float) -> None:
        """The window is read: the next starts from its end; dedup keeps only the overlap."""
        assert self.window is not None
        self.orders_since = self.window.end
        self.window = None

    def fresh(self, order_id: str, modified: str) -> bool:
        """Has this state of this order not been delivered yet?"""
        return self.orders_seen.get(order_id) != modified
