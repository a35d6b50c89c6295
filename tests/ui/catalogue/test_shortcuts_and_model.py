"""Standard shortcuts, a refused undo that puts the history back, the editor's languages, and
the table model's read-ahead (stale reads dropped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.catalogue.queries import ProductRow
from sellerdesk.i18n import Formatter
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.ui.catalogue.product_model import ProductTableModel
from sellerdesk.ui.lazy_model import BLOCK
from tests.ui.catalogue.conftest import Store
from tests.ui.conftest import wait_until


def test_standard_shortcuts(data_dir: DataDir, make_window: Any, qtbot: Any,
                            run: Any) -> None:
    window = make_window(data_dir)
    page = window.catalogue
    actions = page.actions
    for action, key in ((actions.new_product, QKeySequence.StandardKey.New),
                        (actions.undo, QKeySequence.StandardKey.Undo),
                        (actions.redo, QKeySequence.StandardKey.Redo),
                        (actions.delete, QKeySequence.StandardKey.Delete),
                        (actions.copy_skus, QKeySequence.StandardKey.Copy)):
        assert action.shortcut() == QKeySequence.keyBindings(key)[0]

    async def scenario() -> None:
        await wait_until(lambda: page.listing.currentWidget() is page.listing.empty)
        window.activateWindow()
        await wait_until(window.isActiveWindow)
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        # The editor saves with the standard Save key; with nothing typed there is nothing to save.
        assert not editor.save_button.isEnabled()
        # More languages on demand.
        editor.texts._fill_menu()
        portuguese = next(a for a in editor.texts.add_menu.actions() if a.text() == "Portuguese")
        portuguese.trigger()
        assert "pt" in editor.texts.completeness()
        assert editor.texts.tabs.currentWidget() is editor.texts.page("pt")
        editor.reject()
        await wait_until(lambda: page.editor is None)

    run(scenario())


def test_an_undo_that_cannot_be_made_puts_the_history_back(
        data_dir: DataDir, make_window: Any, run: Any, store: Any) -> None:
    with Database.open(data_dir.database) as database:
        Catalogue(database).create_product(ProductInput(
            texts={"it": {"title": "Borsa", "description": ""}},
            variants=[VariantInput("BAG-1", 1000), VariantInput("BAG-2", 1000)]))
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None)
        editor = page.editor
        editor.variants.grid.selectRow(1)
        editor.variants.remove_selected()  # BAG-2 goes
        editor.save()
        await wait_until(lambda: page.editor is None)
        # Meanwhile the command line gives BAG-2 to another product.
        window.ctx.catalogue.create_product(ProductInput(
            texts={"it": {"title": "Altra", "description": ""}},
            variants=[VariantInput("BAG-2", 500)]))
        history = len(db.history())
        page.actions.undo.trigger()
        await wait_until(lambda: page.message_bar.isVisible())
        assert "could not be undone" in page.message.text()
        assert page.undo.stack.index() == 1 and page.actions.undo.isEnabled()
        assert len(db.history()) == history  # nothing half-done

    run(scenario())


def row(n: int) -> ProductRow:
    from datetime import UTC, datetime

    return ProductRow(str(n), f"SKU-{n}", f"T {n}", 100, "EUR", 1, "active", "synced", 1, None,
                      datetime(2026, 1, 1, tzinfo=UTC))


def test_the_model_reads_ahead_and_drops_stale_reads(qapp: Any) -> None:
    scheduled: list[tuple[list[str], Any]] = []
    model = ProductTableModel(lambda ids: {i: row(int(i)) for i in ids}, Formatter("it_IT"), 3,
                              schedule=lambda ids, done: scheduled.append((ids, done)))
    model.set_ids([str(n) for n in range(5 * BLOCK)])
    assert model.data(model.index(0, 1)) == "SKU-0"  # block 0 read at once
    assert [ids[0] for ids, _ in scheduled] == [str(BLOCK)]  # block 1 read ahead
    ids, done = scheduled.pop()
    done({i: row(int(i)) for i in ids})
    assert model.cached_rows == 2 * BLOCK
    model.data(model.index(BLOCK, 1))  # from the cache: no read on the UI thread
    ids, done = scheduled.pop()  # block 2 is next, read ahead
    model.set_ids([str(n) for n in reversed(range(5 * BLOCK))])  # a new sort meanwhile
    done({i: row(int(i)) for i in ids})  # arrives late: dropped
    assert model.cached_rows == 0
