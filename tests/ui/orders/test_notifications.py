"""New orders from a sync are announced through the system tray where there is one, and
quietly skipped where there is none (no crash, the list still marks them)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from sellerdesk.orders.records import upsert_order
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders import notifier as notifier_module
from tests.ui.conftest import wait_until


class FakeTray:
    """Records what a real tray icon would show."""

    MessageIcon = SimpleNamespace(Information=1)
    shown: list[tuple[str, str]] = []

    def __init__(self, *args: Any) -> None:
        self.messageClicked = SimpleNamespace(connect=lambda slot: None)

    def setToolTip(self, text: str) -> None: ...

    def show(self) -> None: ...

    def showMessage(self, title: str, body: str, *args: Any) -> None:
        FakeTray.shown.append((title, body))


def arrive(window: MainWindow, number: str, status: str = "awaiting_shipment") -> None:
    """An order as the sync's pull writes it."""
    now = datetime.now(UTC)
    window.ctx.database.run_write(lambda s: upsert_order(s, {
        "number": number, "status": status,
        "buyer": {"name": "Noah Keller", "email": "noah@example.com", "country": "CH"},
        "shipping_address": {"name": "Noah Keller", "street": "Bahnhofstrasse 10",
                             "city": "Zürich", "postal_code": "8001", "country": "CH"},
        "lines": [{"sku": "POR-ARNO-CUO", "title": "Portafoglio", "quantity": 1,
                   "unit_price_minor": 7500}],
        "placed_at": now.isoformat(), "ship_by": (now + timedelta(hours=48)).isoformat()}))


def synced(window: MainWindow) -> None:
    window.orders.sync_status(SimpleNamespace(running=False, changed_locally=1,
                                              last_error="offline"))


@pytest.mark.parametrize("tray", [False, True], ids=["no tray", "tray"])
def test_new_orders_from_a_sync_are_announced(orders_window: MainWindow, run: Any,
                                             monkeypatch: pytest.MonkeyPatch,
                                             tray: bool) -> None:
    window, page = orders_window, orders_window.orders
    notifier = page.notifier
    monkeypatch.setattr(notifier, "_available", lambda: tray)
    monkeypatch.setattr(notifier_module, "QSystemTrayIcon", FakeTray)
    FakeTray.shown = []
    announced: list[list[str]] = []
    notifier.arrived.connect(announced.append)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        await notifier.prime()  # what attaching the sync does, before its first pass
        arrive(window, "BR-NEW-1")
        arrive(window, "BR-NEW-2")
        arrive(window, "BR-OLD-1", status="completed")  # history, not news
        synced(window)
        await wait_until(lambda: announced == [["BR-NEW-1", "BR-NEW-2"]])
        title, body = notifier.last_message or ("", "")
        assert title.startswith("2 new order") and body == "BR-NEW-1, BR-NEW-2"
        assert FakeTray.shown == ([(title, body)] if tray else [])
        assert (notifier.tray is not None) == tray
        synced(window)  # nothing new since: nothing said
        await wait_until(lambda: page.model.rowCount() > 0)
        assert await notifier.check() == []
        assert len(announced) == 1
        # Many at once: three are named, the rest counted.
        for n in range(5):
            arrive(window, f"BR-MANY-{n}")
        assert await notifier.check() == [f"BR-MANY-{n}" for n in range(5)]
        assert notifier.last_message[1] == "BR-MANY-0, BR-MANY-1, BR-MANY-2 and 2 more"

    run(scenario())


def test_without_any_tray_support_nothing_breaks(orders_window: MainWindow, run: Any) -> None:
    """The offscreen platform has no tray at all: the real check says so."""
    page = orders_window.orders
    assert notifier_module.tray_available() is False

    async def scenario() -> None:
        await page.notifier.prime()
        arrive(orders_window, "BR-NEW-9")
        assert await page.notifier.check() == ["BR-NEW-9"]
        assert page.notifier.tray is None

    run(scenario())


def test_the_first_download_of_a_new_shop_is_not_news(data_dir: Any, make_window: Any,
                                                       run: Any) -> None:
    window = make_window(data_dir)  # an empty shop, just connected
    notifier = window.orders.notifier

    async def scenario() -> None:
        await notifier.prime()
        assert notifier._mark == 0
        for n in range(3):
            arrive(window, f"BR-PAST-{n}")  # the first sync brings the orders already there
        assert await notifier.check() == []
        arrive(window, "BR-FRESH-1")  # from then on, arrivals are news
        assert await notifier.check() == ["BR-FRESH-1"]

    run(scenario())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux notification bodies")
def test_an_order_number_with_markup_is_announced_as_text(
        orders_window: MainWindow, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Order numbers are the marketplace's. On Linux the notification body is read as markup
    (by the desktop's notification server, or by Qt's own balloon), so there it is escaped;
    the message kept for the window stays as it is."""
    notifier = orders_window.orders.notifier
    monkeypatch.setattr(notifier, "_available", lambda: True)
    monkeypatch.setattr(notifier_module, "QSystemTrayIcon", FakeTray)
    FakeTray.shown = []
    number = '<img src="/dev/zero">BR-1'

    async def scenario() -> None:
        await notifier.prime()
        arrive(orders_window, number)
        assert await notifier.check() == [number]
        [(_title, body)] = FakeTray.shown
        assert body == '&lt;img src="/dev/zero"&gt;BR-1'
        assert notifier.last_message is not None and notifier.last_message[1] == number

    run(scenario())
