"""The status bar's answer to "is my work safe?": connection, changes waiting, conflicts,
last successful sync, account. Offline is a normal state, shown calmly in grey."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from sellerdesk.i18n import Formatter
from sellerdesk.sync.engine import SyncStatus

translate = QCoreApplication.translate
GREY, GREEN, ORANGE, RED = "#8a8a8a", "#2e7d32", "#e65100", "#c62828"


class SyncStatusBar(QObject):
    """Labels added to a QStatusBar and kept current from the sync status and local counts."""

    def __init__(self, bar: QStatusBar, formatter: Formatter, owner: QWidget) -> None:
        super().__init__(owner)
        self.fmt = formatter
        self.connection = QLabel(owner)
        self.pending = QLabel(owner)
        self.conflicts = QLabel(owner)
        self.last_sync = QLabel(owner)
        self.account = QLabel(owner)
        self._separators: dict[QLabel, QLabel] = {}  # the "·" before each label but the first
        for number, label in enumerate((self.connection, self.pending, self.conflicts,
                                        self.last_sync)):
            if number:
                self._separators[label] = QLabel("·", owner)
                bar.addWidget(self._separators[label])
            bar.addWidget(label)
        bar.addPermanentWidget(self.account)
        self.network_online: bool | None = None
        self.status: SyncStatus | None = None
        self.account_name: str | None = None
        self.outbox = 0
        self._ticker = QTimer(owner)  # "2 minutes ago" ages while nothing else happens
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self.update)
        self._ticker.start()
        self.update()

    def dot(self, colour: str) -> str:
        return f"<span style='color:{colour}'>●</span> "

    def update(self) -> None:
        status = self.status
        online = self.network_online
        if status is not None and status.online is not None:
            online = status.online if online is not False else False
        if status is not None and status.running:
            self.connection.setText(self.dot(GREEN) + translate("StatusBar", "Syncing…"))
        elif status is not None and status.needs_login:
            self.connection.setText(self.dot(RED) + translate("StatusBar", "Log in again"))
        elif online:
            self.connection.setText(self.dot(GREEN) + translate("StatusBar", "Online"))
        else:
            self.connection.setText(self.dot(GREY) + translate("StatusBar", "Offline"))
        waiting = status.pending if status is not None else self.outbox
        self.pending.setText(
            self.tr("%n change(s) waiting", "", waiting).replace(
                str(waiting), self.fmt.number(waiting))
            if waiting else translate("StatusBar", "All changes saved"))
        conflicts = status.conflicts if status is not None else 0
        self.conflicts.setVisible(conflicts > 0)
        self._separators[self.conflicts].setVisible(conflicts > 0)
        self.conflicts.setText(self.dot(ORANGE) + self.tr(
            "%n conflict(s)", "", conflicts).replace(str(conflicts), self.fmt.number(conflicts)))
        if status is not None and status.last_success is not None:
            self.last_sync.setText(translate("StatusBar", "last sync %1").replace(
                "%1", self.fmt.ago(status.last_success, datetime.now(UTC))))
        else:
            self.last_sync.setText(translate("StatusBar", "Never synced"))
        if status is not None and status.last_error and not status.running:
            self.last_sync.setToolTip(status.last_error)
        else:
            self.last_sync.setToolTip("")
        self.account.setText(self.account_name or translate(
            "StatusBar", "No marketplace account connected"))
