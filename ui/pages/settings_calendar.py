"""Instellingen › Schoolkalender: the school holidays that count a pupil suspension's school
days (P-S1, P-S3), per region with the Rijksoverheid's dates as defaults, editable per board."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.school_calendar import REGIONS, HolidayPeriod, SchoolCalendar
from desktop_app.services import settings as board_settings

from .. import errors, i18n
from ..context import AppContext
from ..style import icon
from ..widgets import DateField, date_edit, enable_with_selection, label, set_combo_data


class CalendarEditor(QWidget):
    """Region and holiday periods; saved with its own button, asked about before leaving."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarEditor")
        self.intro = label("muted", wrap=True)
        # School years whose default holidays nobody checked against the Rijksoverheid (P-S1).
        self.unchecked = label("warning", wrap=True)
        self.unchecked.setObjectName("calendarUnchecked")
        self._unchecked_years: list[str] = []
        self.region = QComboBox()
        self.region.setObjectName("calendarRegion")
        for code in REGIONS:
            self.region.addItem("", code)
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("holidayTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName("addHoliday")
        self.add_button.clicked.connect(lambda: self.add_period())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeHoliday")
        self.remove_button.clicked.connect(self.remove_period)
        enable_with_selection(self.table, [self.remove_button])  # a row chosen first
        self.defaults_button = QPushButton()
        self.defaults_button.setObjectName("holidayDefaults")
        self.defaults_button.clicked.connect(self.load_defaults)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCalendar")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.region_label, self.region)
        # Two rows of buttons, so the tab fits a 1366×768 laptop at 150 % (test_scaling).
        rows = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            rows[0].addWidget(button)
        rows[0].addStretch(1)
        rows[1].addWidget(self.defaults_button)
        rows[1].addStretch(1)
        rows[1].addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.unchecked)
        layout.addWidget(self.table, 1)
        for row in rows:
            layout.addLayout(row)
        self._saved: list[object] | None = None
        self.region.currentIndexChanged.connect(self._region_changed)
        self.retranslate_ui()

    # --- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Bij een schorsing van een leerling tellen alleen schooldagen: geen weekend, "
            "feestdag of schoolvakantie. De standaardvakanties per regio zijn die van de "
            "Rijksoverheid voor de schooljaren 2025-2026 tot en met 2027-2028; pas ze aan als "
            "uw scholen andere data hebben, en vul later jaren aan."))
        self.region_label.setText(self.tr("Reg&io:"))
        for index in range(self.region.count()):
            code = str(self.region.itemData(index))
            nl, en = REGIONS[code]
            self.region.setItemText(index, en if i18n.language() == "en" else nl)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Vakantie"), self.tr("Eerste dag"), self.tr("Laatste dag")])
        self.add_button.setText(self.tr("Vaka&ntie toevoegen"))
        self.remove_button.setText(self.tr("Vakantie &verwijderen"))
        self.defaults_button.setText(self.tr("&Standaardvakanties van de regio"))
        self.save_button.setText(self.tr("Kalender &opslaan"))
        self._show_unchecked()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- rows ---------------------------------------------------------------------------
    def _show(self, calendar: SchoolCalendar) -> None:
        self.region.blockSignals(True)
        set_combo_data(self.region, calendar.region)
        self.region.blockSignals(False)
        self.table.setRowCount(0)
        for period in calendar.periods:
            self.add_period(period)
        self._unchecked_years = calendar.unverified_labels()
        self._show_unchecked()

    def _show_unchecked(self) -> None:
        years = ", ".join(self._unchecked_years)
        self.unchecked.setText(self.tr(
            "Schooljaar {years}: niet gecontroleerd — controleer met rijksoverheid.nl en pas de "
            "data zo nodig aan. Een schorsing die over deze data telt, krijgt een waarschuwing."
        ).format(years=years) if years else "")
        self.unchecked.setVisible(bool(years))

    def add_period(self, period: HolidayPeriod | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(period.name if period else "")
        name.setObjectName("holidayName")
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, date_edit(period.first if period else None))
        self.table.setCellWidget(row, 2, date_edit(period.last if period else None))
        for column in range(3):
            cell = self.table.cellWidget(row, column)
            if cell is not None:
                cell.installEventFilter(self)  # typing in a row chooses it (see eventFilter)
        if period is None:  # a row the user adds is the chosen one; a loaded list has none
            self.table.setCurrentCell(row, 0)
            name.setFocus()
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The cells are fields that cover the row: clicking or tabbing into one chooses its
        row, so "Verwijderen" knows which holiday is meant."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                if any(self.table.cellWidget(row, c) is watched for c in range(3)):
                    if self.table.currentRow() != row or not self.table.selectionModel() \
                            .isRowSelected(row):
                        self.table.selectRow(row)
                    break
        return super().eventFilter(watched, event)

    def remove_period(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def load_defaults(self) -> None:
        """The chosen region's default holidays in the table (saved with the save button)."""
        self._show(SchoolCalendar.default(str(self.region.currentData())))

    def _region_changed(self, _index: int) -> None:
        self.load_defaults()

    def periods(self) -> list[dict[str, Any]]:
        """The table as periods; a row whose date cannot be read is refused by its number."""
        found: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, 0, QLineEdit).text().strip()
            first = self._cell(row, 1, DateField).value()
            last = self._cell(row, 2, DateField).value()
            if first is None or last is None:
                raise InvalidInput(
                    f"Vakantie op regel {row + 1} ('{name}'): vul de eerste en de laatste dag "
                    "in als dag-maand-jaar, bijvoorbeeld 19-12-2026.",
                    f"Holiday on line {row + 1} ('{name}'): fill in the first and the last day "
                    "as day-month-year, for example 19-12-2026.")
            found.append({"name": name, "first": first.isoformat(),
                          "last": last.isoformat()})
        return found

    def _cell(self, row: int, column: int, kind: type[QLineEdit]) -> Any:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    # --- loading and saving -------------------------------------------------------------
    def reload(self) -> None:
        def shown(calendar: SchoolCalendar) -> None:
            self._show(calendar)
            self._saved = self._state()

        self.ctx.ops.op(lambda op: board_settings.get_calendar(op.db, op.actor)).success(
            shown).owner(self).refresh().run()

    def _state(self) -> list[object]:
        """What is typed: the region and each row's texts (not every child widget: rows taken
        away stay children until Qt deletes them later)."""
        state: list[object] = [self.region.currentData()]
        for row in range(self.table.rowCount()):
            cells = [self.table.cellWidget(row, column) for column in range(3)]
            state.append(tuple(c.text() if isinstance(c, QLineEdit) else None for c in cells))
        return state

    def has_unsaved_changes(self) -> bool:
        return self._saved is not None and self._state() != self._saved

    def save(self) -> None:
        region = str(self.region.currentData())

        try:
            periods = self.periods()  # what the table says, read here; the op only stores it
        except InvalidInput as refusal:
            errors.show_refusal(self, refusal)
            return
        default = SchoolCalendar.default(region).to_dict()["periods"]
        # The region's defaults stay defaults (later corrections to them apply).
        own = None if periods == default else periods

        def stored(calendar: SchoolCalendar) -> None:
            self._show(calendar)
            self._saved = self._state()
            errors.inform(self, self.tr("Opgeslagen"), self.tr("De schoolkalender is opgeslagen."))

        self.ctx.ops.op(lambda op: board_settings.set_calendar(op.db, op.actor, region, own)
                        ).success(stored).owner(self).run()

