"""A table model that holds only ids and fetches the rows being painted, a block at a time.

The ordered ids come from one SQL query (filtered and sorted in SQL, in a background thread); a
row's contents are read when a view first asks for it, together with its neighbours, by a short
WAL read that never waits for a writer. 100,000 products cost 100,000 short strings, not 100,000
ORM objects (the Anki browser does the same).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RowT = TypeVar("RowT")
BLOCK = 100  # rows fetched together: one screen and a bit
CACHE_BLOCKS = 40  # blocks kept: scrolling back is instant, memory stays small

Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel, Generic[RowT]):
    """Subclasses give the columns and how to show a row; `fetch(ids)` reads row contents."""

    def __init__(self, fetch: Callable[[list[str]], dict[str, RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._blocks: OrderedDict[int, dict[str, RowT]] = OrderedDict()

    # -- what subclasses define -----------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: RowT, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        return self.display(row, index.column(), role)

    # -- ids and rows ---------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        """Show these ids (already filtered and ordered); cached rows are dropped."""
        self.beginResetModel()
        self._ids = ids
        self._position = {row_id: n for n, row_id in enumerate(ids)}
        self._blocks.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: str) -> int | None:
        return self._position.get(row_id)

    def row_at(self, row: int) -> RowT | None:
        row_id = self.id_at(row)
        if row_id is None:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            block = self._fetch(self._ids[number * BLOCK : (number + 1) * BLOCK])
            self._blocks[number] = block
            while len(self._blocks) > CACHE_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block.get(row_id)

    def refresh_rows(self, ids: Sequence[str] = ()) -> None:
        """Re-read rows after an edit (all cached rows when `ids` is empty)."""
        if not ids:
            self._blocks.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                                   self.columnCount() - 1))
            return
        for row_id in ids:
            row = self._position.get(row_id)
            if row is None:
                continue
            self._blocks.pop(row // BLOCK, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def cached_rows(self) -> int:
        """How many rows are held in memory (tests check that scrolling stays lazy)."""
        return sum(len(block) for block in self._blocks.values())
