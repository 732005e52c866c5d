"""A table model over a short list of plain rows (deadlines, documents, calls, consent)."""

from __future__ import annotations

from collections.abc import Sequence

from .columns import ColumnTableModel, R


class ListTableModel(ColumnTableModel[R]):
    """Holds plain rows; `set_rows` replaces them in one reset (lists are short by nature)."""

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
