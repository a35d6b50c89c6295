"""Progress for long catalogue work, shown only when it is long (Anki waits ~600 ms).

The work runs in a thread and counts its steps in a `Progress`; a timer reads the count ten times a
second (as Picard polls its pending requests) instead of the worker sending one signal per row.
Quick work never flashes a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from sellerdesk.catalogue.progress import Progress

translate = QCoreApplication.translate
SHOW_AFTER_MS = 600
POLL_MS = 100


class DelayedProgress:
    """A cancellable progress dialog over `parent` that appears only if the work lasts."""

    def __init__(self, parent: QWidget, label: str, progress: Progress,
                 cancellable: bool = True) -> None:
        self.progress = progress
        self.dialog = QProgressDialog(label, translate("DelayedProgress", "Cancel"), 0, 1000,
                                      parent)
        self.dialog.setWindowTitle(translate("DelayedProgress", "Working…"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(progress.cancel)
        self.dialog.setValue(0)  # starts Qt's minimum-duration clock
        self._timer = QTimer(self.dialog)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        self.dialog.setValue(int(self.progress.fraction * 999))

    def close(self) -> None:
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
