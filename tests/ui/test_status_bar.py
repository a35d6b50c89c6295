"""The status bar reads as one calm line: no stray separators for what is not shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMainWindow

from sellerdesk.i18n import Formatter
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.ui.status_bar import SyncStatusBar


def _line(window: QMainWindow) -> str:
    labels = [w for w in window.statusBar().findChildren(QLabel)
              if not w.isHidden() and w.text()]
    labels.sort(key=lambda w: w.x())
    return " ".join(w.text() for w in labels if "span" not in w.text())


def test_the_conflict_count_and_its_separator_come_and_go_together(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = SyncStatusBar(window.statusBar(), Formatter("en"), window)
    window.show()
    bar.status = SyncStatus(online=True)
    bar.update()
    assert bar.conflicts.isHidden()
    assert "· ·" not in _line(window)
    bar.status = SyncStatus(online=True, conflicts=2)
    bar.update()
    assert not bar.conflicts.isHidden()
    assert "2 conflict" in bar.conflicts.text()
    assert _line(window).count("·") == 3
