"""A table model that loads pages of plain rows lazily through the op runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from ..ops import OpContext, OpRunner
from .columns import ROOT, Column, ColumnTableModel, Index, R

__all__ = ["Column", "PagedTableModel"]


class PagedTableModel(ColumnTableModel[R]):
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
        super().__init__(columns, row_id, parent=parent)
        self._ops = ops
        self._load_page = page_loader
        self._counter = counter
        self._page_size = page_size
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._sort_key: str | None = None
        self._descending = True
        self.total = 0

    # --- lazy loading -------------------------------------------------------------------
    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = ROOT) -> None:
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
            self.beginInsertRows(ROOT, start, start + len(rows) - 1)
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
