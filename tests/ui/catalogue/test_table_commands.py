"""The table's commands through keyboard, menus and dialogs: delete with confirmation and undo,
duplicate, unsaved-changes prompt, the history panel, and undo of an edit already synced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import delete, update

from sellerdesk.paths import DataDir
from sellerdesk.store.models import OutboxEntry, Product, SyncState
from tests.ui.catalogue.conftest import Store, fill_shop
from tests.ui.conftest import wait_until


def test_delete_asks_then_undo_restores(data_dir: DataDir, make_window: Any, qtbot: Any,
                                        run: Any, store: Any) -> None:
    fill_shop(data_dir, 5)
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 5)
        page.table.setFocus()
        page.table.selectRow(1)
        qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        await wait_until(lambda: page.confirm is not None and page.confirm.isVisible())
        assert page.confirm.text().startswith("Delete 2 product")
        page.confirm.button(QMessageBox.StandardButton.Cancel).click()  # changed my mind
        await wait_until(lambda: page.confirm is None)
        assert db.live_products() == 5 and db.outbox() == []
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        await wait_until(lambda: page.confirm is not None)
        destructive = next(b for b in page.confirm.buttons()
                           if page.confirm.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        destructive.click()
        await wait_until(lambda: page.model.rowCount() == 3)
        assert db.live_products() == 3
        deleted = db.history()[5:]
        assert [(e.action, e.entity) for e in deleted] == [("delete", "product")] * 2
        assert len({e.group_id for e in deleted}) == 1
        assert [e.operation for e in db.outbox()] == ["delete", "delete"]
        page.actions.undo.trigger()
        await wait_until(lambda: page.model.rowCount() == 5)
        assert db.live_products() == 5
        assert [e.action for e in db.history()[7:]] == ["restore", "restore"]
        # The deletes never left this computer: bringing the products back takes them back,
        # and nothing goes to the marketplace.
        assert [e.operation for e in db.outbox()] == []

    run(scenario())


def test_duplicate_opens_the_copy_and_undo_removes_it(
        data_dir: DataDir, make_window: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 2)
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 2)
        page.table.selectRow(0)
        page.actions.duplicate.trigger()
        await wait_until(lambda: page.editor is not None)
        assert page.editor.heading.text() == "Vaso 000 (copy)"
        assert page.editor.variants.variants()[0].sku == "VASO-000-COPY"
        assert page.editor.status.currentData() == "draft"
        page.editor.reject()  # nothing changed in the editor: closes without asking
        await wait_until(lambda: page.editor is None and page.model.rowCount() == 3)
        assert db.live_products() == 3
        assert page.undo.stack.undoText() == "Duplicate “Vaso 000”"
        page.actions.undo.trigger()
        await wait_until(lambda: page.model.rowCount() == 2)
        assert [e.operation for e in db.outbox()] == ["create", "delete"]

    run(scenario())


def test_leaving_the_editor_with_changes_asks(data_dir: DataDir, make_window: Any,
                                              qtbot: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 1)
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        page.table.doubleClicked.emit(page.model.index(0, 2))  # a double click opens it too
        await wait_until(lambda: page.editor is not None)
        editor = page.editor
        title = editor.texts.page("it").title
        qtbot.keyClick(title, Qt.Key.Key_End)
        qtbot.keyClicks(title, " blu")
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        await wait_until(lambda: editor.prompt is not None and editor.prompt.isVisible())
        editor.prompt.button(QMessageBox.StandardButton.Cancel).click()
        await wait_until(lambda: editor.prompt is None)
        assert editor.isVisible()  # still editing
        editor.reject()
        await wait_until(lambda: editor.prompt is not None)
        editor.prompt.button(QMessageBox.StandardButton.Save).click()
        await wait_until(lambda: page.editor is None)
        [entry] = db.history()[1:]
        assert entry.after == {"title.it": "Vaso 000 blu"}
        page.table.selectRow(0)
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None)
        editor = page.editor
        editor.details.tags.setText("blu, estate")
        editor.reject()
        await wait_until(lambda: editor.prompt is not None)
        editor.prompt.button(QMessageBox.StandardButton.Discard).click()
        await wait_until(lambda: page.editor is None)
        assert len(db.history()) == 2

    run(scenario())


def test_undoing_a_synced_edit_is_a_new_change(data_dir: DataDir, make_window: Any,
                                               qtbot: Any, run: Any, store: Any) -> None:
    fill_shop(data_dir, 1)
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None)
        editor = page.editor
        editor.status.setCurrentIndex(editor.status.findData("inactive"))
        editor.save()
        await wait_until(lambda: page.editor is None)
        [sent] = db.outbox()

        def pushed(session: Any) -> None:  # what the sync does once the marketplace agreed
            session.execute(delete(OutboxEntry))
            session.execute(update(Product).values(sync_state=SyncState.SYNCED))

        window.ctx.database.run_write(pushed)
        page.actions.undo.trigger()
        await wait_until(lambda: not page.undo.busy and len(db.outbox()) == 1)
        [undo] = db.outbox()
        assert undo.payload == {"fields": {"status": "draft"}}
        assert undo.idempotency_key != sent.idempotency_key
        assert [e.action for e in db.history()] == ["create", "update", "update"]
        with window.ctx.database.read() as session:
            assert session.get(Product, db.history()[0].entity_id).sync_state == "pending"

    run(scenario())


def test_history_panel_and_menus(data_dir: DataDir, make_window: Any, run: Any,
                                 store: Any) -> None:
    fill_shop(data_dir, 3)
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 3)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Product", "&Help"]
        assert window.history_dock.isHidden()
        window.history_dock.toggleViewAction().trigger()
        assert window.history_dock.isVisible()
        for row in (0, 1):
            page.table.selectRow(row)
            page.actions.duplicate.trigger()
            await wait_until(lambda: page.editor is not None)
            page.editor.reject()
            await wait_until(lambda: page.editor is None)
        view = page.history_view
        assert view.model().rowCount() == 3  # "as opened" plus two steps
        view.setCurrentIndex(view.model().index(0, 0))  # back to the start: undo both
        await wait_until(lambda: not page.undo.busy and db.live_products() == 3)
        assert page.undo.stack.index() == 0
        assert [e.operation for e in db.outbox()] == ["create", "create", "delete", "delete"]
        # The context menu offers the commands for the selection.
        page.table.selectRow(0)
        page.table.customContextMenuRequested.emit(page.table.visualRect(
            page.model.index(0, 2)).center())
        texts = [a.text() for a in page.table.last_menu.actions() if not a.isSeparator()]
        assert texts[:3] == ["&Edit…", "D&uplicate", "&Delete…"]
        page.table.last_menu.close()

    run(scenario())
