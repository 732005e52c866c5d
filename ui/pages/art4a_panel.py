"""The dashboard's top panel (issue 14): open tasks of the WPO art. 4a track, each a blocking
step with its term, shown above everything else while any is open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget

from desktop_app.services.dto import DeadlineInfo

from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..style import DANGER
from ..widgets import label, setup_table


class Art4aPanel(QGroupBox):
    def __init__(self, columns: list[Column[DeadlineInfo]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("art4aPanel")
        self.model: ListTableModel[DeadlineInfo] = ListTableModel(
            columns, lambda d: d.case, highlight=lambda d: DANGER, parent=self)
        self.view = QTableView()
        self.view.setObjectName("art4aView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.hint = label("muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Art. 4a WPO: vermoeden zedendelict – eerst afhandelen"))
        self.hint.setText(self.tr(
            "Meld direct aan het bevoegd gezag, overleg direct met de vertrouwensinspecteur "
            "(vóór de medewerker wordt ingelicht), doe aangifte bij een redelijk vermoeden en "
            "beslis over een schorsing als ordemaatregel."))
        self.model.retranslate()

    def show_rows(self, rows: list[DeadlineInfo]) -> None:
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
        if rows:
            self.view.resizeColumnsToContents()
            self.view.setMinimumHeight(min(60 + 30 * len(rows), 220))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        opener = getattr(self.window(), "open_case", None)
        if opener is not None:
            opener(self.model.id_at(index.row()))
