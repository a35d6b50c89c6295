"""A desktop notification when a sync brings new orders, through the system tray.

The tray is optional: some desktops have none (many Linux sessions, the offscreen platform of
tests and servers), and there the notification is simply skipped; the order list still marks
new orders. What counts as new is history, not timestamps: orders whose "arrived" entry is newer
than the last one already announced and that still wait for someone (not yet opened, not yet
shipped), so a sync bringing a shop's past does not announce old orders; and the very first
download of a newly connected shop announces nothing (every order would be "new").

The order numbers in the message are the marketplace's. On Linux the body reaches a notification
server that reads markup (or Qt's own balloon, which guesses), so there it is escaped.
"""

from __future__ import annotations

import html
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from sellerdesk.ui.context import AppContext

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
ICON = Path(__file__).resolve().parent.parent / "icons" / "app.svg"
SHOW_MS = 10_000
LISTED = 3  # order numbers named in the message; the rest are counted


def tray_text(text: str) -> str:
    """`text` as the tray will show it literally: escaped where message bodies are markup."""
    return text if sys.platform in ("win32", "darwin") else html.escape(text, quote=False)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class NewOrdersNotifier(QObject):
    arrived = Signal(list)  # order numbers, announced (or not) just now
    clicked = Signal()  # the person clicked the notification: show them the orders

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 available: Callable[[], bool] = tray_available) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._available = available
        self._mark: int | None = None
        self.tray: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None

    async def prime(self) -> None:
        """Orders already here are not news: remember where the history stands."""
        self._mark = await self.ctx.jobs.in_thread(self.ctx.orders.last_arrival)

    async def check(self) -> list[str]:
        """Announce orders that arrived since the last check; returns their numbers."""
        if self._mark is None:
            await self.prime()
            return []
        mark, numbers = await self.ctx.jobs.in_thread(self.ctx.orders.arrivals_since,
                                                      self._mark)
        first_download = self._mark == 0  # a newly connected shop receiving all its orders
        self._mark = mark
        if numbers and not first_download:
            self._notify(numbers)
            self.arrived.emit(numbers)
            return numbers
        return []

    def message(self, numbers: list[str]) -> tuple[str, str]:
        count = len(numbers)
        title = self.tr("%n new order(s)", "", count).replace(
            str(count), self.ctx.formatter.number(count))
        shown = ", ".join(numbers[:LISTED])
        if count > LISTED:
            shown = translate("NewOrdersNotifier", "%1 and %2 more").replace(
                "%1", shown).replace("%2", self.ctx.formatter.number(count - LISTED))
        return title, shown

    def _notify(self, numbers: list[str]) -> None:
        self.last_message = self.message(numbers)
        try:
            if not self._available():
                return
            if self.tray is None:
                self.tray = QSystemTrayIcon(QIcon(str(ICON)), self)
                self.tray.setToolTip("SellerDesk")
                self.tray.messageClicked.connect(self.clicked)
                self.tray.show()
            title, body = self.last_message
            self.tray.showMessage(tray_text(title), tray_text(body),
                                  QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        except RuntimeError:  # a tray that vanished under us: the list still shows them
            log.warning("could not show the new-orders notification", exc_info=True)
