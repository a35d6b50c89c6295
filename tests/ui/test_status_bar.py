"""The status bar reads as one calm, honest line: no stray separators for what is not shown, and
never "all changes saved" while the last pass failed, changes wait, or no account is connected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMainWindow

from sellerdesk.i18n import Formatter
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.ui.status_bar import SyncStatusBar

HOSTILE = '<img src="file:///etc/passwd"> <b>refused</b>'
EARLIER = datetime.now(UTC) - timedelta(minutes=3)


def _line(window: QMainWindow) -> str:
    labels = [w for w in window.statusBar().findChildren(QLabel)
              if not w.isHidden() and w.text()]
    labels.sort(key=lambda w: w.x())
    return " ".join(w.text() for w in labels)


@pytest.fixture
def shown(qtbot: Any) -> tuple[QMainWindow, SyncStatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = SyncStatusBar(window.statusBar(), Formatter("en"), window)
    bar.account_name = "Bottega Rossi"
    window.resize(1400, 200)
    window.show()
    return window, bar


def _show(bar: SyncStatusBar, **fields: Any) -> None:
    bar.status = SyncStatus(**fields)
    bar.update()


def test_the_conflict_count_and_its_separator_come_and_go_together(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True, last_success=EARLIER)
    assert bar.conflicts.isHidden()
    assert "· ·" not in _line(window)
    _show(bar, online=True, last_success=EARLIER, conflicts=2)
    assert not bar.conflicts.isHidden()
    assert "2 conflict" in bar.conflicts.text()
    assert _line(window).count("·") == 3  # Online · saved · conflicts · last sync


def test_a_failed_pass_is_said_in_words_until_a_pass_succeeds(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True, last_success=EARLIER, error_kind="unexpected",
          last_error="SellerDesk met an unexpected problem (IntegrityError)")
    line = _line(window)
    assert "Sync failed" in line
    assert "Unexpected error: SellerDesk met an unexpected problem (IntegrityError)" in line
    assert "All changes saved" not in line
    _show(bar, online=True, running=True, last_success=EARLIER, error_kind="unexpected",
          last_error="SellerDesk met an unexpected problem (IntegrityError)")
    assert "Unexpected error" in _line(window)  # still said while the next pass runs
    _show(bar, online=True, last_success=datetime.now(UTC))
    line = _line(window)
    assert "Unexpected error" not in line and bar.problem.isHidden()
    assert "All changes saved" in line and "Online" in line


def test_changes_waiting_are_counted_and_never_called_saved(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True, last_success=EARLIER, pending=12, rejected=1)
    assert "13 change(s) waiting" in _line(window)
    assert "All changes saved" not in _line(window)
    bar.outbox = 14  # the window counted again after an edit: the fresher number is shown
    bar.update()
    assert "14 change(s) waiting" in _line(window)
    _show(bar, online=True, last_success=EARLIER)
    assert "All changes saved" in _line(window)


def test_never_synced_claims_nothing(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True)
    line = _line(window)
    assert "All changes saved" not in line and "Never synced" in line


def test_no_account_says_changes_stay_on_this_computer(shown: Any) -> None:
    window, bar = shown
    bar.account_name = None
    bar.connected = False
    bar.outbox = 0
    bar.update()
    line = _line(window)
    assert "No marketplace connected: changes stay on this computer" in line
    assert "All changes saved" not in line and "Online" not in line
    assert "Never synced" not in line
    bar.outbox = 3
    bar.update()
    assert "3 change(s) waiting" in _line(window)
    _show(bar, connected=False, online=None)  # the engine says so too
    assert "No marketplace connected" in _line(window)


def test_unreadable_items_are_counted(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True, last_success=EARLIER, quarantined=2)
    assert "2 item(s) could not be read" in _line(window)


def test_marketplace_text_is_shown_literally(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=True, last_success=EARLIER, error_kind="rejected", last_error=HOSTILE)
    assert bar.problem.textFormat() == Qt.TextFormat.PlainText
    assert bar.problem.text() == f"Refused by the marketplace: {HOSTILE}"
    assert "&lt;img" in bar.problem.toolTip() and "<img" not in bar.problem.toolTip()
    for label in window.statusBar().findChildren(QLabel):
        if label.text() not in ("●", "·"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_offline_is_calm_not_an_error(shown: Any) -> None:
    window, bar = shown
    _show(bar, online=False, last_success=EARLIER, error_kind="retryable",
          last_error="Connection refused")
    assert bar.connection.text() == "Offline"
    assert "Temporary problem: Connection refused" in _line(window)  # still said, in grey
    quiet = bar.problem.palette().color(QPalette.ColorRole.WindowText)
    assert quiet == window.palette().color(QPalette.ColorRole.PlaceholderText)
