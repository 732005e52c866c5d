"""A table model that loads pages of plain rows lazily through the op runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..ops import OpContext, OpRunner

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these tables have no children


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (already translated when called), its text and its sort key."""

    header: Callable[[], str]
    text: Callable[[R], str]
    sort_key: str | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows arrive in pages: canFetchMore/fetchMore start a background load of the next page.

    A new filter or sort order resets the model once; every page after that is appended with
    beginInsertRows, so a view over 100,000 incidents only ever holds what was scrolled to.
    """

    loaded = Signal()  # a page arrived (tests wait on it)
    total_changed = Signal(int)

    def __init__(
        self,
        ops: OpRunner,
        columns: Sequence[Column[R]],
        page_loader: Callable[[OpContext, int, int, str | None, bool], list[R]],
        row_id: Callable[[R], int],
        counter: Callable[[OpContext], int] | None = None,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._columns = list(columns)
        self._load_page = page_loader
        self._row_id = row_id
        self._counter = counter
        self._page_size = page_size
        self._rows: list[R] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._sort_key: str | None = None
        self._descending = True
        self.total = 0

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._row_id(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        generation = self._generation
        offset, limit = len(self._rows), self._page_size
        sort_key, descending = self._sort_key, self._descending
        loader = self._load_page
        self._ops.op(lambda ctx: loader(ctx, offset, limit, sort_key, descending)).success(
            lambda rows: self._page_arrived(generation, rows)
        ).failure(lambda error: self._page_failed(generation, error)).owner(self).run()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Start over (new filter, sort or data): one reset, then the first page."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        if self._counter is not None:
            generation = self._generation
            counter = self._counter
            self._ops.op(counter).success(lambda n: self._count_arrived(generation, n)).owner(
                self
            ).run()
        self.fetchMore()

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)

    def _page_arrived(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return  # a newer filter replaced this load
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            # Still "loading" while rows are inserted: a view reacting to rowsInserted must not
            # start a fetch from an offset that does not count these rows yet.
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        self.loaded.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        from ..errors import show_error

        show_error(None, error)
        self.loaded.emit()

    # --- helpers ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def row(self, position: int) -> R:
        return self._rows[position]

    def rows(self) -> list[R]:
        return list(self._rows)

    def id_at(self, position: int) -> int:
        return self._row_id(self._rows[position])

    def position_of(self, item_id: int) -> int:
        for position, row in enumerate(self._rows):
            if self._row_id(row) == item_id:
                return position
        return -1

    def replace_row(self, item_id: int, row: R) -> None:
        """A precise update after an edit: one dataChanged, no reset."""
        position = self.position_of(item_id)
        if position < 0:
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
                )
