"""Long work shows progress only when it lasts, and the owner can cancel it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from sellerdesk.catalogue.progress import Progress
from sellerdesk.ui.catalogue.progress import SHOW_AFTER_MS, DelayedProgress
from tests.ui.conftest import wait_until


def test_progress_appears_late_and_cancels(qtbot: Any, run: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    progress = Progress()
    progress.start(10)
    progress.done = 3
    shown = DelayedProgress(parent, "Working", progress)
    assert not shown.dialog.isVisible()  # quick work never flashes a dialog

    async def scenario() -> None:
        await wait_until(lambda: shown.dialog.isVisible(), timeout=10 * SHOW_AFTER_MS / 1000)
        await wait_until(lambda: shown.dialog.value() == 299)
        [button] = shown.dialog.findChildren(QPushButton)
        button.click()
        assert progress.cancelled  # the worker stops at its next step; nothing is committed
        shown.close()

    run(scenario())
