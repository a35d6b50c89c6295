"""The status bar's answer to "is my work safe?": connection, a failed sync in words, changes
waiting, conflicts, items that could not be read, last successful sync, account.

It never says "all saved" while the last pass failed, changes wait, or no account is connected.
Offline is a normal state, shown calmly in grey. Every label that can carry marketplace text is
plain text; colours come from `ui.theme`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from sellerdesk.i18n import Formatter
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.ui.plain_text import plain, plain_tooltip
from sellerdesk.ui.sync.wording import failure, no_account, shorten
from sellerdesk.ui.theme import Tone, tint

translate = QCoreApplication.translate


class SyncStatusBar(QObject):
    """Labels added to a QStatusBar and kept current from the sync status and local counts.

    `connected` is None while the window still finds out whether an account exists, False
    when none does (the window says so), True once a sync runs. `outbox` (counted by the
    window) and `status` (reported by the engine) both carry the changes waiting; the one set
    last is the fresher and is shown."""

    def __init__(self, bar: QStatusBar, formatter: Formatter, owner: QWidget) -> None:
        super().__init__(owner)
        self.fmt = formatter
        self.dot = QLabel("●", owner)
        self.connection = QLabel(owner)
        self.problem = QLabel(owner)
        self.problem.setAccessibleName(translate("StatusBar", "Last error"))
        self.pending = QLabel(owner)
        self.conflicts = QLabel(owner)
        self.unreadable = QLabel(owner)
        self.last_sync = QLabel(owner)
        self.account = QLabel(owner)
        plain(self.connection, self.problem, self.pending, self.conflicts, self.unreadable,
              self.last_sync, self.account)
        self._separators: dict[QLabel, QLabel] = {}  # the "·" before each label but the first
        bar.addWidget(self.dot)
        bar.addWidget(self.connection)
        for label in (self.problem, self.pending, self.conflicts, self.unreadable,
                      self.last_sync):
            self._separators[label] = QLabel("·", owner)
            bar.addWidget(self._separators[label])
            bar.addWidget(label)
        bar.addPermanentWidget(self.account)
        self.network_online: bool | None = None
        self.connected: bool | None = None
        self.account_name: str | None = None
        self.overdue = False  # a pass went past its time budget (the controller said so)
        self._status: SyncStatus | None = None
        self._outbox = 0
        self._waiting = 0
        self._ticker = QTimer(owner)  # "2 minutes ago" ages while nothing else happens
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self.update)
        self._ticker.start()
        self.update()

    @property
    def status(self) -> SyncStatus | None:
        return self._status

    @status.setter
    def status(self, status: SyncStatus | None) -> None:
        self._status = status
        if status is not None:
            self._waiting = status.pending + status.rejected
            self.connected = status.connected
            if not status.running:
                self.overdue = False

    @property
    def outbox(self) -> int:
        return self._outbox

    @outbox.setter
    def outbox(self, count: int) -> None:
        self._outbox = self._waiting = count

    def update(self) -> None:
        status = self._status
        self._show_connection(status)
        self._show_problem(status)
        self._show_pending(status)
        conflicts = status.conflicts if status is not None else 0
        self.conflicts.setVisible(conflicts > 0)
        tint(self.conflicts, Tone.WARNING)
        self.conflicts.setText(self._count(self.tr("%n conflict(s)", "", conflicts), conflicts))
        unreadable = status.quarantined if status is not None else 0
        self.unreadable.setVisible(unreadable > 0)
        tint(self.unreadable, Tone.WARNING)
        self.unreadable.setText(self._count(
            self.tr("%n item(s) could not be read", "", unreadable), unreadable))
        self._show_last_sync(status)
        self.account.setText(self.account_name or "")
        self.account.setVisible(bool(self.account_name))
        self._separate()

    def _show_connection(self, status: SyncStatus | None) -> None:
        online = self.network_online
        if status is not None and status.online is not None:
            online = status.online if online is not False else False
        if self.connected is False:
            tone, text = Tone.QUIET, no_account()
        elif status is not None and status.running:
            tone, text = (Tone.WARNING, translate(
                "StatusBar", "Syncing… (taking longer than usual)")) if self.overdue \
                else (Tone.OK, translate("StatusBar", "Syncing…"))
        elif status is not None and status.needs_login:
            tone, text = Tone.ERROR, translate("StatusBar", "Log in again")
        elif online is False:
            tone, text = Tone.QUIET, translate("StatusBar", "Offline")
        elif status is not None and status.last_error:
            tone, text = Tone.ERROR, translate("StatusBar", "Sync failed")
        elif online:
            tone, text = Tone.OK, translate("StatusBar", "Online")
        else:
            tone, text = Tone.QUIET, translate("StatusBar", "Offline")
        tint(self.dot, tone)
        self.connection.setText(text)

    def _show_problem(self, status: SyncStatus | None) -> None:
        """The failed pass in words, until a pass succeeds; calm grey when merely offline."""
        words = failure(status) if self.connected is not False else None
        self.problem.setVisible(words is not None)
        self.problem.setText(shorten(words or ""))
        self.problem.setToolTip(plain_tooltip(words or ""))
        offline = status is not None and status.online is False
        tint(self.problem, Tone.QUIET if offline else Tone.ERROR)

    def _show_pending(self, status: SyncStatus | None) -> None:
        waiting = self._waiting
        if waiting:
            self.pending.setText(self._count(self.tr("%n change(s) waiting", "", waiting),
                                             waiting))
        elif (status is not None and self.connected and not status.last_error
              and status.last_success is not None):
            self.pending.setText(translate("StatusBar", "All changes saved"))
        else:
            self.pending.setText("")  # no claim while nothing is known for sure
        self.pending.setVisible(bool(self.pending.text()))

    def _show_last_sync(self, status: SyncStatus | None) -> None:
        if self.connected is False or status is None:
            self.last_sync.setText("")
        elif status.last_success is not None:
            self.last_sync.setText(translate("StatusBar", "last sync %1").replace(
                "%1", self.fmt.ago(status.last_success, datetime.now(UTC))))
        else:
            self.last_sync.setText(translate("StatusBar", "Never synced"))
        self.last_sync.setVisible(bool(self.last_sync.text()))

    def _count(self, text: str, count: int) -> str:
        return text.replace(str(count), self.fmt.number(count))

    def _separate(self) -> None:
        """A "·" before each shown label that follows another shown one: no stray dots."""
        for label, separator in self._separators.items():
            separator.setVisible(not label.isHidden())
