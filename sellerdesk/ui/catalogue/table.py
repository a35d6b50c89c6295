"""The product table's view: Enter or a double click opens the editor, the context menu offers
what can be done to the selection, and the keyboard reaches everything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget


class ProductTableView(QTableView):
    open_requested = Signal()  # Enter, Return or a double click on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.menu_actions: Callable[[], list[QAction | None]] = list
        self.last_menu: QMenu | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and self.currentIndex().isValid()):
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

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
