"""A table of records that behaves for the keyboard as lists do on a desktop: Tab leaves it
(arrows move inside), the first row is current as soon as it takes focus, Enter (and Space,
where asked) acts on the current row, and its focus is always visible: the selection is in the
highlight colour only while the table has the focus, grey otherwise.

Columns follow their content the first time rows arrive, unless the owner's own widths were
restored; the view reads only the rows on screen to measure them (lazy models stay lazy)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sellerdesk.ui.theme import show_focus

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class RowTableView(QTableView):
    open_requested = Signal()  # Enter, Return (Space if `space_opens`) or a double click

    def __init__(self, parent: QWidget | None = None, *, space_opens: bool = False) -> None:
        super().__init__(parent)
        self.space_opens = space_opens
        self._tinting = False
        self.widths_from_owner = False  # set when saved widths were restored: keep them
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.horizontalHeader().setResizeContentsPrecision(0)  # measure the visible rows only
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        show_focus(self, False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter) + ((Qt.Key.Key_Space,)
                                                         if self.space_opens else ())
        if (event.key() in keys and event.modifiers() in _PLAIN
                and self.currentIndex().isValid()):
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        show_focus(self, True)
        super().focusInEvent(event)
        self.select_first_if_none()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        show_focus(self, False)
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and not self._tinting:  # e.g. to dark
            # The application's new palette is readable only once this event is over.
            self._tinting = True
            QTimer.singleShot(0, self, self._retint)
        return super().event(event)

    def _retint(self) -> None:
        show_focus(self, self.hasFocus())  # sets the palette: its own change is let pass
        QTimer.singleShot(0, self, self._tinted)

    def _tinted(self) -> None:
        self._tinting = False

    def select_first_if_none(self) -> None:
        """The first row becomes current (and selected) when nothing is: a keyboard user sees
        where they are, and Enter acts on what they see."""
        model, selection = self.model(), self.selectionModel()
        if (model is None or selection is None or self.currentIndex().isValid()
                or model.rowCount() == 0):
            return
        column = next((c for c in range(model.columnCount()) if not self.isColumnHidden(c)), 0)
        selection.setCurrentIndex(
            model.index(0, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def fit_columns(self, stretch: int | None = None) -> None:
        """Columns as wide as what they show (header included), once, unless the owner's own
        widths were restored; `stretch` (or the last column) takes the room left."""
        if self.widths_from_owner:
            return
        header = self.horizontalHeader()
        for column in range(header.count()):
            if column != stretch and not self.isColumnHidden(column):
                self.resizeColumnToContents(column)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
