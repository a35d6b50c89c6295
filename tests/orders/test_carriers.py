"""The carrier list is kept for offline use; a failed download keeps what was there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sellerdesk.marketplaces.base import Carrier, ErrorKind, MarketplaceError
from sellerdesk.orders.carriers import BUILT_IN, CarrierBook


class Market:
    def __init__(self, carriers: list[Carrier] | None = None, *, down: bool = False) -> None:
        self._carriers = carriers or []
        self.down = down

    def carriers(self) -> list[Carrier]:
        if self.down:
            raise MarketplaceError(ErrorKind.RETRYABLE, "offline")
        return self._carriers


def test_before_any_download_the_built_in_list_stands_in(tmp_path: Path) -> None:
    listed = CarrierBook(tmp_path).load()
    assert listed.carriers == BUILT_IN and not listed.from_marketplace
    assert CarrierBook(tmp_path).is_stale()


def test_refresh_keeps_the_marketplaces_list_across_restarts(tmp_path: Path) -> None:
    book = CarrierBook(tmp_path)
    book.refresh(Market([Carrier("brt", "BRT Bartolini"), Carrier("sda", "SDA")]))
    again = CarrierBook(tmp_path).load()
    assert [c.code for c in again.carriers] == ["brt", "sda"] and again.from_marketplace
    assert again.name_of("sda") == "SDA" and again.name_of("xyz") == "xyz"
    assert not book.is_stale()
    assert book.is_stale(now=datetime.now(UTC) + timedelta(days=2))


def test_offline_or_empty_answers_keep_the_cached_list(tmp_path: Path) -> None:
    book = CarrierBook(tmp_path)
    book.refresh(Market([Carrier("gls", "GLS")]))
    with pytest.raises(MarketplaceError):
        book.refresh(Market(down=True))
    assert book.refresh(Market([])).carriers == (Carrier("gls", "GLS"),)
    assert [c.code for c in book.load().carriers] == ["gls"]


def test_a_damaged_file_falls_back_to_the_built_in_list(tmp_path: Path) -> None:
    (tmp_path / "carriers.json").write_text("{not json", encoding="utf-8")
    assert CarrierBook(tmp_path).load().carriers == BUILT_IN
