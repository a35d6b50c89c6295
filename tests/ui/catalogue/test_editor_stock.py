"""Stock typed in the variants grid is refused, never bent (issue #16, item 6): "-5" typed in
the real editor's stock cell is not stored as 5 (nor 0); the editor says why, the cell keeps
its old value, and nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

from sellerdesk.paths import DataDir
from sellerdesk.ui.catalogue.editor.variant_model import MAX_STOCK
from tests.ui.catalogue.conftest import fill_shop
from tests.ui.conftest import wait_until


async def _open_editor(page: Any) -> Any:
    await wait_until(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.actions.edit.trigger()
    await wait_until(lambda: page.editor is not None and page.editor.isVisible())
    page.editor.tabs.setCurrentWidget(page.editor.variants)
    return page.editor


def test_the_model_refuses_negative_and_huge_stock_in_words(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    fill_shop(data_dir, 1)
    window = make_window(data_dir, lang="en")

    async def scenario() -> None:
        editor = await _open_editor(window.catalogue)
        model = editor.variants.model
        cell = model.index(0, model.stock_column)
        before = model.variants()[0].stock
        assert not model.setData(cell, -5)
        assert model.variants()[0].stock == before
        assert editor.message.isVisible()
        assert editor.message.text() == ("Stock cannot be negative: “-5” was not saved. "
                                          "Type 0 or more.")
        assert not model.setData(cell, MAX_STOCK + 1)
        assert editor.message.text() == ("Stock can be at most 9,999,999: “10,000,000” was "
                                          "not saved.")
        assert model.setData(cell, 7) and model.variants()[0].stock == 7

    run(scenario())


def test_minus_five_typed_in_the_stock_cell_is_refused_not_stored_as_five(
        data_dir: DataDir, make_window: Any, qtbot: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 1)
    window = make_window(data_dir, lang="it")
    db = store(window)

    async def scenario() -> None:
        editor = await _open_editor(window.catalogue)
        model, grid = editor.variants.model, editor.variants.grid
        cell = model.index(0, model.stock_column)
        before = model.variants()[0].stock
        grid.setCurrentIndex(cell)
        grid.edit(cell)
        spin = grid.viewport().findChild(QAbstractSpinBox)  # the cell's own editor
        assert spin is not None
        spin.selectAll()
        qtbot.keyClicks(spin, "-5")
        qtbot.keyClick(spin, Qt.Key.Key_Tab)  # commits, as the owner does
        assert model.variants()[0].stock == before, "-5 was bent into a stock"
        assert editor.message.isVisible()
        assert "-5" in editor.message.text()
        assert db.outbox() == []

    run(scenario())
