"""The catalogue's commands as QActions with standard shortcuts, shared by the menu bar, the
table's context menu, the detail pane's buttons and the keyboard; and the window's Edit and
Product menus and history panel, installed by `install_menus`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QUndoView, QWidget

if TYPE_CHECKING:
    from sellerdesk.ui.catalogue.page import CataloguePage

translate = QCoreApplication.translate


def _action(parent: QObject, text: str, *shortcuts: QKeySequence.StandardKey | str) -> QAction:
    action = QAction(text, parent)
    if shortcuts:
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
    return action


class CatalogueActions(QObject):
    def __init__(self, table: QWidget, page: QWidget) -> None:
        super().__init__(page)
        self.new_product = _action(self, translate("CatalogueActions", "&New product…"),
                                   QKeySequence.StandardKey.New)
        self.edit = _action(self, translate("CatalogueActions", "&Edit…"), "Return", "Enter")
        self.duplicate = _action(self, translate("CatalogueActions", "D&uplicate"), "Ctrl+D")
        self.delete = _action(self, translate("CatalogueActions", "&Delete…"),
                              QKeySequence.StandardKey.Delete)
        self.bulk_edit = _action(self, translate("CatalogueActions", "&Bulk edit…"), "Ctrl+E")
        self.copy_skus = _action(self, translate("CatalogueActions", "&Copy SKU"),
                                 QKeySequence.StandardKey.Copy)
        self.undo = _action(self, translate("CatalogueActions", "&Undo"),
                            QKeySequence.StandardKey.Undo)
        self.redo = _action(self, translate("CatalogueActions", "&Redo"),
                            QKeySequence.StandardKey.Redo)
        self.new_product.setStatusTip(translate("CatalogueActions", "Add a product to the "
                                                                    "catalogue"))
        self.bulk_edit.setStatusTip(translate("CatalogueActions", "Change price, stock, status, "
                                                                  "category or tags of the "
                                                                  "selected products at once"))
        # Keys that mean something else in a text field act on the table only when it has the
        # focus: Delete in the search box deletes a letter, not products.
        for action in (self.edit, self.delete, self.copy_skus):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            table.addAction(action)
        for action in (self.new_product, self.duplicate, self.bulk_edit, self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            page.addAction(action)  # active wherever the focus is in the main window

    def for_selection(self, count: int) -> None:
        """Enable what makes sense for `count` selected products."""
        self.edit.setEnabled(count >= 1)
        self.duplicate.setEnabled(count == 1)
        self.delete.setEnabled(count >= 1)
        self.bulk_edit.setEnabled(count >= 1)
        self.copy_skus.setEnabled(count >= 1)

    def context_menu(self) -> list[QAction | None]:
        return [self.edit, self.duplicate, self.delete, None, self.bulk_edit, None,
                self.copy_skus, None, self.new_product]


def install_menus(window: QMainWindow, page: CataloguePage) -> QDockWidget:
    """The Edit and Product menus, and the history panel as a dock (hidden until asked for)."""
    actions = page.actions
    dock = QDockWidget(translate("CatalogueActions", "History"), window)
    dock.setObjectName("historyDock")
    view = QUndoView(page.undo.stack, dock)
    view.setObjectName("historyView")
    view.setEmptyLabel(translate("CatalogueActions", "Catalogue as opened"))
    view.setAccessibleName(translate("CatalogueActions", "History of changes"))
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    page.history_view = view
    page.undo.state_changed.connect(lambda: view.setEnabled(not page.undo.busy))
    toggle = dock.toggleViewAction()
    toggle.setText(translate("CatalogueActions", "&History of changes"))
    toggle.setShortcut(QKeySequence("Ctrl+H"))

    edit_menu = window.menuBar().addMenu(translate("CatalogueActions", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.copy_skus)
    edit_menu.addSeparator()
    edit_menu.addAction(toggle)
    product_menu = window.menuBar().addMenu(translate("CatalogueActions", "&Product"))
    product_menu.addActions([actions.new_product, actions.edit, actions.duplicate])
    product_menu.addSeparator()
    product_menu.addAction(actions.bulk_edit)
    product_menu.addSeparator()
    product_menu.addAction(actions.delete)
    return dock
