"""Bulk +10 % on 50 products through the real dialog, then undo: after each step the store holds
exactly the expected prices, history entries and outbox entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sellerdesk.catalogue.bulk import PriceChange
from sellerdesk.paths import DataDir
from tests.ui.catalogue.conftest import Store, fill_shop
from tests.ui.conftest import wait_until

SKUS = [f"VASO-{n:03d}" for n in range(60)]


def plus_ten_percent(cents: int) -> int:
    """Exact, half up: 10.15 € + 10 % = 11.165 € → 11.17 € (never float, never banker's)."""
    tenths = cents * 11
    return tenths // 10 + (1 if tenths % 10 >= 5 else 0)


def test_bulk_ten_percent_on_fifty_products_then_undo(
        data_dir: DataDir, make_window: Any, qtbot: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 60, price=1000)  # VASO-000 costs 10.00, VASO-059 costs 10.59
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)
    history_before = len(db.history())

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 60)
        page.table.setFocus()
        page.table.selectRow(0)
        for _ in range(49):  # shift+down: the keyboard extends the selection
            qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert len(page.selected_ids()) == 50
        qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.bulk_dialog is not None and page.bulk_dialog.isVisible())
        dialog = page.bulk_dialog
        dialog.price_mode.setCurrentIndex(dialog.price_mode.findData(PriceChange.PERCENT))
        qtbot.keyClicks(dialog.price_value, "10")
        await wait_until(lambda: dialog.apply_button.isEnabled())
        # The preview lists every change before anything is written.
        assert dialog.preview.topLevelItemCount() == 50
        first = dialog.preview.topLevelItem(0)
        assert (first.text(0), first.text(2)) == ("VASO-000", "€10.00 → €11.00")
        assert dialog.summary.text().startswith("50 product")
        assert len(db.history()) == history_before and db.outbox() == []
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.bulk_dialog is None)

        expected = {sku: plus_ten_percent(1000 + n) for n, sku in enumerate(SKUS[:50])}
        expected |= {sku: 1000 + n for n, sku in enumerate(SKUS) if n >= 50}
        assert db.prices(SKUS) == expected
        bulk = db.history()[history_before:]
        assert len(bulk) == 50 and len({e.group_id for e in bulk}) == 1
        assert {(e.entity, e.action) for e in bulk} == {("variant", "update")}
        outbox = db.outbox()
        assert len(outbox) == 50
        assert all(e.operation == "update" and set(e.payload["fields"]) == {"price_minor"}
                   for e in outbox)
        assert page.undo.stack.count() == 1
        assert page.undo.stack.undoText().startswith("Bulk edit of 50 product")
        await wait_until(lambda: page.model.data(page.model.index(0, 3)) == "€11.00")

        # Undo: one step puts back 50 prices, with 50 new changes to send (none rewritten).
        assert page.actions.undo.isEnabled()
        window.activateWindow()  # the closed dialog handed activation back (offscreen: ask)
        await wait_until(window.isActiveWindow)
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert page.undo.stack.index() == 0
        await wait_until(lambda: not page.undo.busy)
        assert db.prices(SKUS) == {sku: 1000 + n for n, sku in enumerate(SKUS)}
        undo = db.history()[history_before + 50:]
        assert len(undo) == 50 and len({e.group_id for e in undo}) == 1
        assert undo[0].group_id != bulk[0].group_id
        assert len(db.outbox()) == 100
        assert [e.seq for e in db.outbox()[:50]] == [e.seq for e in outbox]  # kept as they were
        assert page.undo.stack.index() == 0 and page.undo.stack.canRedo()
        await wait_until(lambda: page.model.data(page.model.index(0, 3)) == "€10.00")

        # Redo brings the new prices back, again as new changes.
        page.actions.redo.trigger()
        await wait_until(lambda: not page.undo.busy)
        assert db.prices(SKUS[:1]) == {"VASO-000": 1100}
        assert len(db.history()) == history_before + 150
        assert len(db.outbox()) == 150

    run(scenario())


def test_bulk_preview_blocks_prices_below_zero(data_dir: DataDir, make_window: Any,
                                               qtbot: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 3, price=500)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 3)
        page.table.selectAll()
        page.actions.bulk_edit.trigger()
        await wait_until(lambda: page.bulk_dialog is not None)
        dialog = page.bulk_dialog
        dialog.price_mode.setCurrentIndex(dialog.price_mode.findData(PriceChange.AMOUNT))
        qtbot.keyClicks(dialog.price_value, "-5.01")
        await wait_until(lambda: dialog.problem.isVisible())
        assert "below zero" in dialog.problem.text()
        assert not dialog.apply_button.isEnabled()
        dialog.price_value.setText("-5")
        await wait_until(lambda: dialog.apply_button.isEnabled())
        dialog.reject()
        assert store(window).history()[3:] == []

    run(scenario())
