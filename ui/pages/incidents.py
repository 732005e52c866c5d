"""Incidenten: the lazily paged incident table with filters and a search box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cases import CaseStatus
from desktop_app.domain.catalogue import Category
from desktop_app.services import board, incidents
from desktop_app.services.dto import IncidentInfo, SchoolInfo
from desktop_app.services.incidents import IncidentFilter

from .. import i18n
from ..context import AppContext
from ..models.incidents import IncidentTableModel
from ..ops import OpContext
from ..style import icon, light_icon
from ..widgets import Page, date_edit, label, setup_table


class IncidentsPage(Page):
    key = "incidents"
    icon_name = "incidents"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded_once = False
        self._schools: list[SchoolInfo] = []
        self.heading = label("title")
        self.new_button = QPushButton(light_icon("add"), "")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self._new)
        self.search = QLineEdit()
        self.search.setObjectName("incidentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)

        self.school = QComboBox()
        self.status = QComboBox()
        self.category = QComboBox()
        self.severity = QComboBox()
        self.period = QCheckBox()
        today = ctx.db.today()
        self.date_from = date_edit(date(today.year - 1, today.month, 1))
        self.date_to = date_edit(today)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.period.toggled.connect(self.date_from.setEnabled)
        self.period.toggled.connect(self.date_to.setEnabled)
        for widget in (self.school, self.status, self.category, self.severity):
            widget.currentIndexChanged.connect(self.apply_filter)
        self.period.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.school_label, self.status_label = QLabel(), QLabel()
        self.category_label, self.severity_label = QLabel(), QLabel()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.school_label.setBuddy(self.school)
        self.status_label.setBuddy(self.status)
        self.category_label.setBuddy(self.category)
        self.severity_label.setBuddy(self.severity)
        self.count_label = label("muted")

        self.model = IncidentTableModel(ctx.ops, ctx.settings.incident_page_size, self)
        self.model.total_changed.connect(self._show_total)
        self.view = QTableView()
        self.view.setObjectName("incidentView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        # Every column fits a 1366 px screen; the description takes what is left. On a
        # narrower window (the app opens at 1280 px on a 1366x768 laptop) they shrink alike,
        # so the table never scrolls sideways (see _fit_columns).
        self._fit_columns()
        self.view.viewport().installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        for combo in (self.school, self.status, self.category, self.severity):
            # Long names (a school, "beeldmateriaal zonder toestemming") must not force the
            # page wider than a 1366-pixel laptop at 125 or 150 % scaling: the list pops wider.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.filters = QGridLayout()
        self._wide: bool | None = None
        self._arrange_filters(wide=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.new_button, self.search)
        self.retranslate_ui()

    # Filter positions (row, column, row span, column span): one or two rows on a wide window,
    # a two-column block on a small laptop screen at 125-150 % scaling.
    WIDE_FROM = 1000

    def _filter_positions(self, wide: bool) -> list[tuple[QWidget, int, int, int, int]]:
        if wide:
            return [
                (self.search_label, 0, 0, 1, 1), (self.search, 0, 1, 1, 3),
                (self.period, 0, 4, 1, 1), (self.date_from, 0, 5, 1, 1),
                (self.date_to, 0, 6, 1, 1), (self.school_label, 1, 0, 1, 1),
                (self.school, 1, 1, 1, 1), (self.status_label, 1, 2, 1, 1),
                (self.status, 1, 3, 1, 1), (self.category_label, 1, 4, 1, 1),
                (self.category, 1, 5, 1, 1), (self.severity_label, 1, 6, 1, 1),
                (self.severity, 1, 7, 1, 1)]
        return [
            (self.search_label, 0, 0, 1, 1), (self.search, 0, 1, 1, 3),
            (self.school_label, 1, 0, 1, 1), (self.school, 1, 1, 1, 1),
            (self.status_label, 1, 2, 1, 1), (self.status, 1, 3, 1, 1),
            (self.category_label, 2, 0, 1, 1), (self.category, 2, 1, 1, 1),
            (self.severity_label, 2, 2, 1, 1), (self.severity, 2, 3, 1, 1),
            (self.period, 3, 0, 1, 1), (self.date_from, 3, 1, 1, 1),
            (self.date_to, 3, 3, 1, 1)]

    def _arrange_filters(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        positions = self._filter_positions(wide)
        for widget, *_ in positions:
            self.filters.removeWidget(widget)
        for column in range(8):
            self.filters.setColumnStretch(column, 0)
        for widget, row, column, rows, columns in positions:
            self.filters.addWidget(widget, row, column, rows, columns)
        for column, stretch in ((1, 2), (3, 1), (5, 2)) if wide else ((1, 1), (3, 1)):
            self.filters.setColumnStretch(column, stretch)

    def fit_width(self, available: int) -> None:
        self._arrange_filters(available >= self.WIDE_FROM)

    WIDTHS = (50, 95, 140, 160, 60, 180, 110, 110)  # the description (last) takes the rest
    DESCRIPTION = 130  # what the description keeps at least: its bold header, whole

    def _fit_columns(self) -> None:
        room = self.view.viewport().width() - self.DESCRIPTION
        scale = min(1.0, room / sum(self.WIDTHS)) if room > 0 else 1.0
        for column, width in enumerate(self.WIDTHS):
            self.view.setColumnWidth(column, max(36, int(width * scale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("IncidentsPage", "Incidenten")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Incidenten"))
        self.new_button.setText(self.tr("&Nieuw incident…"))
        self.search.setPlaceholderText(self.tr("Zoek in omschrijvingen en namen…"))
        self.search_label.setText(self.tr("&Zoeken:"))
        self.school_label.setText(self.tr("Sch&ool:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.category_label.setText(self.tr("&Categorie:"))
        self.severity_label.setText(self.tr("&Ernst:"))
        self.period.setText(self.tr("&Periode:"))
        self._fill_combos()
        self.model.retranslate()
        self._show_total(self.model.total)

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        everything = self.tr("(alle)")
        refill(
            self.status,
            [(everything, None)] + [(i18n.status_label(s), s.value) for s in CaseStatus],
        )
        refill(
            self.category,
            [(everything, None)]
            + sorted(
                ((i18n.category_label(c.value), c.value) for c in Category), key=lambda x: x[0]
            ),
        )
        refill(
            self.severity,
            [(everything, None)] + [(i18n.severity_label(n), n) for n in (1, 2, 3, 4)],
        )
        refill(self.school, [(everything, None)] + [(s.name, s.id) for s in self._schools])

    def _load_schools(self) -> None:
        def work(op: OpContext) -> list[SchoolInfo]:
            try:
                return board.list_schools(op.db, op.actor)
            except Exception:  # noqa: BLE001 - the filter stays usable without schools
                return []

        def schools_in(schools: list[SchoolInfo]) -> None:
            self._schools = schools
            self._fill_combos()

        self.ctx.ops.op(work).success(schools_in).owner(self).run()

    def current_filter(self) -> IncidentFilter:
        period = self.period.isChecked()
        return IncidentFilter(
            school_id=self.school.currentData(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            # A half-typed date (marked red in its field) does not filter yet.
            occurred_from=self.date_from.value() if period else None,
            occurred_to=self.date_to.value() if period else None,
            search=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self._load_schools()
        self.model.set_filter(self.current_filter())
        self._loaded_once = True

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("{count} incidenten").format(count=f"{total:n}"))

    def _new(self) -> None:
        opener = getattr(self.window(), "new_incident", None)
        if opener is not None:
            opener()

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        incident_id = self.model.id_at(index.row())

        def opened(info: IncidentInfo) -> None:
            opener = getattr(self.window(), "open_case", None)
            if opener is not None:
                for case in info.cases:
                    opener(case.id)

        self.ctx.ops.op(lambda op: incidents.get_incident(op.db, op.actor, incident_id)).success(
            opened).owner(self).run()
