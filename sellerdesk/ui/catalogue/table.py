"""The product table's view: Enter or a double click opens the editor, the context menu offers
what can be done to the selection, and the keyboard reaches everything (`RowTableView`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sellerdesk.ui.row_table import RowTableView


class ProductTableView(RowTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.menu_actions: Callable[[], list[QAction | None]] = list
        self.last_menu: QMenu | None = None

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
            self.selectRow(index.row())
        menu = QMenu(self)
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.last_menu = menu
        menu.popup(self.viewport().mapToGlobal(position))
