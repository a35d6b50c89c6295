"""Editing a price in the real editor under the Italian locale: typed "1.234,50", stored as
exactly 123450 cents, shown back as "1.234,50 €"; one history step, one outbox entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from sellerdesk.paths import DataDir
from sellerdesk.ui.catalogue.product_model import PRICE, SKU
from tests.ui.catalogue.conftest import Store, fill_shop
from tests.ui.conftest import wait_until


def test_edit_a_price_in_italian(data_dir: DataDir, make_window: Any, qtbot: Any, run: Any,
                                 store: Any) -> None:
    fill_shop(data_dir, 3)
    window = make_window(data_dir, lang="it")
    page = window.catalogue
    db: Store = store(window)
    model = page.model

    async def scenario() -> None:
        await wait_until(lambda: model.rowCount() == 3)
        page.table.setFocus()
        page.table.selectRow(1)
        assert model.data(model.index(1, SKU)) == "VASO-001"
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the editor
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        assert editor.heading.text() == "Vaso 001"
        editor.tabs.setCurrentWidget(editor.variants)
        grid = editor.variants.grid
        cell = editor.variants.model.index(0, editor.variants.model.price_column)
        assert cell.data() == "10,01\xa0€"  # shown in the owner's locale
        assert cell.data(Qt.ItemDataRole.EditRole) == "10,01"  # edited as typed
        grid.setCurrentIndex(cell)
        grid.edit(cell)
        field = grid.viewport().findChild(QLineEdit)  # the cell's own editor
        assert field is not None and field.text() == "10,01"
        field.selectAll()
        qtbot.keyClicks(field, "1.234,50")
        assert field.text() == "1.234,50", field.text()
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # commits, and moves on to the stock cell
        assert not editor.message.isVisible(), editor.message.text()
        assert cell.data() == "1.234,50\xa0€"
        # Save with the button: the Ctrl+S shortcut is pinned in test_shortcuts_and_model, and
        # which offscreen window is "active" (so gets the shortcut) depends on earlier tests.
        editor.save_button.click()
        await wait_until(lambda: page.editor is None)
        await wait_until(lambda: model.data(model.index(1, PRICE)) == "1.234,50\xa0€")

        assert db.prices(["VASO-001"]) == {"VASO-001": 123450}
        [entry] = db.history()[3:]  # after the three creations of the fixture
        assert (entry.entity, entry.action) == ("variant", "update")
        assert entry.before == {"price_minor": 1001} and entry.after == {"price_minor": 123450}
        [queued] = db.outbox()  # the fixture's creations were synced already
        assert (queued.operation, queued.payload) == ("update",
                                                     {"fields": {"price_minor": 123450}})
        assert page.undo.stack.text(0).endswith("“Vaso 001”")

    run(scenario())


def test_a_price_that_is_not_one_is_refused(data_dir: DataDir, make_window: Any, run: Any,
                                            store: Any) -> None:
    fill_shop(data_dir, 1)
    window = make_window(data_dir, lang="it")
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None)
        variants = page.editor.variants.model
        cell = variants.index(0, variants.price_column)
        assert not variants.setData(cell, "dodici euro")
        assert page.editor.message.isVisible()
        assert "dodici euro" in page.editor.message.text()
        assert variants.setData(cell, "12.5")  # a dot is a decimal point too
        assert variants.variants()[0].price_minor == 1250
        assert not variants.setData(cell, "12,345")  # finer than a cent

    run(scenario())
