"""#16 item 7 reported that a double-click on an option cell did not start editing (F2 did).
It could not be reproduced here: this pins that it does, on the real grid with a real click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from sellerdesk.paths import DataDir
from tests.ui.catalogue.conftest import fill_shop
from tests.ui.catalogue.test_editor_errors import open_editor


def test_a_double_click_edits_an_option_cell(data_dir: DataDir, make_window: Any, qtbot: Any,
                                             run: Any) -> None:
    fill_shop(data_dir, 2)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        editor = await open_editor(page, qtbot, "VASO-001")
        editor.tabs.setCurrentWidget(editor.variants)
        editor.variants.add_option_row("Colore", "Blu, Rosso")
        editor.variants.generate()
        grid = editor.variants.grid
        index = grid.model().index(0, 0)  # the first option column
        assert grid.model().headerData(0, Qt.Orientation.Horizontal) == "Colore"
        point = grid.visualRect(index).center()
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert grid.state() == QAbstractItemView.State.EditingState

    run(scenario())
