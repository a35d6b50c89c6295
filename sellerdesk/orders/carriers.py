"""The marketplace's carrier list, kept in the shop's data folder for shipping offline.

Staff ship from the back room whether or not the connection is up, and the marketplace refuses a
carrier code it does not know, so the ship dialog must offer the marketplace's own codes even
offline. The list is small, changes rarely and is not the shop's data (losing it costs one
download), so it is a JSON file beside the database (`carriers.json`), written atomically,
rather than a table: no migration, nothing for the sync's outbox or the backups to carry.

It is refreshed after a successful sync when older than a day (the window) and on demand
(`sellerdesk orders carriers --refresh`). Until the first download a built-in list of the
carriers an Italian shop commonly uses stands in, marked as such, so the first shipment never
waits for a connection.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sellerdesk.marketplaces.base import Carrier
from sellerdesk.store.models import utcnow

FILE_NAME = "carriers.json"
MAX_AGE = timedelta(days=1)
BUILT_IN: tuple[Carrier, ...] = (
    Carrier("poste-italiane", "Poste Italiane"),
    Carrier("brt", "BRT Bartolini"),
    Carrier("sda", "SDA Express Courier"),
    Carrier("gls", "GLS"),
    Carrier("dhl", "DHL Express"),
    Carrier("ups", "UPS"),
    Carrier("fedex", "FedEx"),
)


class CarrierSource(Protocol):
    """What the cache needs of a marketplace adapter."""

    def carriers(self) -> list[Carrier]: ...


@dataclass(frozen=True)
class CarrierList:
    carriers: tuple[Carrier, ...]
    fetched_at: datetime | None  # None: the built-in list, not the marketplace's

    @property
    def from_marketplace(self) -> bool:
        return self.fetched_at is not None

    def name_of(self, code: str) -> str:
        """The carrier's name for a code; the code itself when the list does not know it."""
        return next((c.name for c in self.carriers if c.code == code), code)

    def knows(self, code: str) -> bool:
        return any(c.code == code for c in self.carriers)

    def to_json(self) -> dict[str, Any]:
        return {"fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
                "carriers": [{"code": c.code, "name": c.name} for c in self.carriers]}


class CarrierBook:
    """The cached list of one shop (one data folder)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def load(self) -> CarrierList:
        """The cached list; the built-in one when there is none or it is damaged."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            carriers = tuple(Carrier(str(c["code"]), str(c["name"])) for c in raw["carriers"])
            fetched = datetime.fromisoformat(raw["fetched_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return CarrierList(BUILT_IN, None)
        if not carriers:
            return CarrierList(BUILT_IN, None)
        return CarrierList(carriers, fetched)

    def save(self, carriers: Sequence[Carrier], now: datetime | None = None) -> CarrierList:
        """Replace the cache atomically: a crash leaves the old file, never half a new one."""
        result = CarrierList(tuple(carriers), now or utcnow())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".carriers-",
                                         suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(result.to_json(), handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return result

    def is_stale(self, now: datetime | None = None) -> bool:
        fetched = self.load().fetched_at
        return fetched is None or (now or utcnow()) - fetched > MAX_AGE

    def refresh(self, market: CarrierSource) -> CarrierList:
        """Download the marketplace's list and keep it (blocking: run it off the UI thread).
        Raises the adapter's MarketplaceError when the marketplace cannot be reached; the
        cached list stays as it was."""
        carriers = market.carriers()
        if not carriers:
            return self.load()  # an empty answer is a marketplace hiccup, not "no carriers"
        return self.save(carriers)
