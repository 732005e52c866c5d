"""Overzicht: open cases by status, deadlines due and overdue, incidents as charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cases import CaseStatus
from desktop_app.services import cases, consent, deadlines, incidents
from desktop_app.services.consent import ReviewDue
from desktop_app.services.dto import DeadlineInfo, DeadlineOverview, IncidentStats

from .. import i18n
from ..context import AppContext
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..style import ACCENT, DANGER, NAVY
from ..widgets import Page, label, setup_table
from .art4a_panel import Art4aPanel

DEADLINES_SHOWN = 50


@dataclass
class DashboardData:
    statuses: dict[str, int]
    deadlines: DeadlineOverview
    stats: IncidentStats
    today: date
    reviews: list[ReviewDue]  # consent reviews due within a month or overdue (F6)
    art4a: list[DeadlineInfo] = field(default_factory=list)  # issue 14: shown on top


def load_dashboard(op: OpContext) -> DashboardData:
    today = op.db.today()
    since = date(today.year - 1, today.month, 1)
    return DashboardData(
        cases.count_by_status(op.db, op.actor),
        # The earliest overdue and the next upcoming tasks with their totals: a few indexed
        # queries over the stored deadline rows, however many cases the board has.
        deadlines.deadline_overview(op.db, op.actor, limit=DEADLINES_SHOWN),
        incidents.statistics(op.db, op.actor, since=since),  # three GROUP BYs, fast at 100,000
        today,
        consent.reviews_due(op.db, op.actor),  # two GROUP BYs over the consent register
        deadlines.art4a_tasks(op.db, op.actor),
    )


def deadline_columns() -> list[Column[DeadlineInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Uiterlijk"),
            lambda d: i18n.short_date(d.due),
        ),
        Column(lambda: QCoreApplication.translate("DashboardPage", "Zaak"), lambda d: d.reference),
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Betrokkene"),
            lambda d: d.subject_name,
        ),
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Taak"),
            lambda d: (
                (QCoreApplication.translate("DashboardPage", "TE LAAT: ") if d.overdue else "")
                + i18n.pick(d.label, d.label_en)
            ),
            tooltip=lambda d: i18n.pick(d.label, d.label_en) + f" [{d.rule}]",
        ),
        Column(lambda: QCoreApplication.translate("DashboardPage", "Regel"),
               lambda d: i18n.rule_id_label(d.rule)),
    ]


def review_columns() -> list[Column[ReviewDue]]:
    return [
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Uiterlijk"),
            lambda r: i18n.short_date(r.due),
        ),
        Column(lambda: QCoreApplication.translate("DashboardPage", "Persoon"), lambda r: r.name),
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Soort"),
            lambda r: i18n.kind_label(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("DashboardPage", "Taak"),
            lambda r: (
                QCoreApplication.translate("DashboardPage", "TE LAAT: ") if r.overdue else ""
            ) + QCoreApplication.translate(
                "DashboardPage", "toestemmingen jaarlijks herzien (F6)"),
        ),
    ]


class StatusTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusTile")
        self.setStyleSheet(
            "#statusTile { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.count = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(20)
        font.setBold(True)
        self.count.setFont(font)
        self.count.setStyleSheet(f"color: {NAVY};")
        self.caption = label("muted")
        layout.addWidget(self.count)
        layout.addWidget(self.caption)


def _chart(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(230)
    return view


class DashboardPage(Page):
    key = "dashboard"
    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self.heading = label("title")
        self.tiles = {s.value: StatusTile() for s in CaseStatus}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.deadline_box = QGroupBox()
        self.deadline_model: ListTableModel[DeadlineInfo] = ListTableModel(
            deadline_columns(),
            lambda d: d.case,
            highlight=lambda d: DANGER if d.overdue else None,
            parent=self,
        )
        self.deadline_view = QTableView()
        self.deadline_view.setObjectName("deadlineView")
        setup_table(self.deadline_view)
        self.deadline_view.setModel(self.deadline_model)
        self.deadline_view.clicked.connect(self._open_deadline)
        self.deadline_view.activated.connect(self._open_deadline)
        self.deadline_view.setMinimumHeight(200)
        self.deadline_view.viewport().installEventFilter(self)
        self.deadline_hint = label("muted")
        box_layout = QVBoxLayout(self.deadline_box)
        box_layout.addWidget(self.deadline_hint)
        box_layout.addWidget(self.deadline_view)

        self.review_box = QGroupBox()
        self.review_box.setObjectName("consentReviews")
        self.review_model: ListTableModel[ReviewDue] = ListTableModel(
            review_columns(), lambda r: r.person,
            highlight=lambda r: DANGER if r.overdue else None, parent=self)
        self.review_view = QTableView()
        self.review_view.setObjectName("consentReviewView")
        setup_table(self.review_view)
        self.review_view.setModel(self.review_model)
        self.review_view.clicked.connect(self._open_review)
        self.review_view.activated.connect(self._open_review)
        self.review_view.setMaximumHeight(160)
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_view)
        self.review_box.setVisible(False)

        self.school_chart = _chart("")
        self.category_chart = _chart("")
        self.month_chart = _chart("")
        charts = QGridLayout()
        charts.addWidget(self.school_chart, 0, 0)
        charts.addWidget(self.month_chart, 0, 1)
        charts.addWidget(self.category_chart, 1, 0, 1, 2)
        self.category_chart.setMinimumHeight(300)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        self.art4a_panel = Art4aPanel(deadline_columns())
        layout.addWidget(self.art4a_panel)
        layout.addLayout(tiles)
        layout.addWidget(self.deadline_box, 1)
        layout.addWidget(self.review_box)
        layout.addLayout(charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("DashboardPage", "Overzicht")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Overzicht"))
        captions = {
            "open": self.tr("open zaken"),
            "proposed": self.tr("met voorstel"),
            "decided": self.tr("besloten, nog niet gesloten"),
            "closed": self.tr("gesloten"),
        }
        for status, tile in self.tiles.items():
            tile.caption.setText(captions[status])
        self.deadline_box.setTitle(self.tr("Termijnen: te doen en te laat"))
        self.deadline_hint.setText(self._deadline_hint())
        self.deadline_model.retranslate()
        self.review_box.setTitle(
            self.tr("Toestemmingen: jaarlijkse herziening (klik om te openen)"))
        self.review_model.retranslate()
        if hasattr(self, "art4a_panel"):
            self.art4a_panel.retranslate_ui()
        if self.data is not None:
            self._show(self.data)

    def _deadline_hint(self) -> str:
        click = self.tr("Klik op een regel om de zaak te openen.")
        if self.data is None:
            return click
        overview = self.data.deadlines
        totals = self.tr("{overdue} te laat, {upcoming} nog te doen.").format(
            overdue=f"{overview.overdue_total:n}", upcoming=f"{overview.upcoming_total:n}"
        )
        shown = len(overview.overdue) + len(overview.upcoming)
        if shown < overview.overdue_total + overview.upcoming_total:
            totals += " " + self.tr(
                "Hieronder de {overdue} oudste te late en de {upcoming} eerstvolgende."
            ).format(overdue=len(overview.overdue), upcoming=len(overview.upcoming))
        return totals + " " + click

    def refresh(self) -> None:
        self.ctx.ops.op(load_dashboard).success(self._show).owner(self).run()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.art4a_panel.show_rows(data.art4a)
        for status, tile in self.tiles.items():
            tile.count.setText(f"{data.statuses.get(status, 0):n}")
        self.deadline_model.set_rows([*data.deadlines.overdue, *data.deadlines.upcoming])
        self.deadline_hint.setText(self._deadline_hint())
        self._fit_deadline_columns()
        self.review_model.set_rows(data.reviews)
        self.review_box.setVisible(bool(data.reviews))
        self.review_view.resizeColumnsToContents()
        self._school_chart(data)
        self._category_chart(data)
        self._month_chart(data)

    def _fit_deadline_columns(self) -> None:
        """Date, case, person and rule as wide as their text; the task takes what is left
        (whole in its tooltip), so the rule column stays in sight: on a window 1280 px wide
        it was cut off behind a horizontal scroll bar."""
        view = self.deadline_view
        view.resizeColumnsToContents()  # at most 2 x DEADLINES_SHOWN rows
        header = view.horizontalHeader()
        last = header.count() - 1  # the rule: it stretches, so its own width is its text's
        others = sum(header.sectionSize(c) for c in range(last) if c != 3) + max(
            view.sizeHintForColumn(last), header.sectionSizeHint(last),
            header.defaultSectionSize())
        room = view.viewport().width() - others - 2  # a pixel short of the edge: no scroll bar
        view.setColumnWidth(3, max(200, min(room, max(header.sectionSize(3), 380))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.deadline_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_deadline_columns()
        return super().eventFilter(watched, event)

    def _open_deadline(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        window = self.window()
        if self.deadline_model.rows()[index.row()].access_request is not None:
            shower = getattr(window, "show_page", None)  # an access request (R5.5)
            if shower is not None:
                shower("privacy")
            return
        opener = getattr(window, "open_case", None)
        if opener is not None:
            opener(self.deadline_model.id_at(index.row()))

    def _open_review(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.review_model.rows()[index.row()]
        opener = getattr(self.window(), "open_consent", None)
        if opener is not None:
            opener(row.person, row.kind)

    # --- charts -------------------------------------------------------------------------
    def _bars(
        self,
        view: QChartView,
        title: str,
        labels: list[str],
        values: list[int],
        horizontal: bool = False,
    ) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        if not labels:  # nothing yet: one empty bar that says so, on a 0-4 axis
            labels, values = [self.tr("nog geen incidenten")], [0]
        bar_set = QBarSet(self.tr("Incidenten"))
        bar_set.setColor(QColor(ACCENT))
        bar_set.setLabelColor(QColor(NAVY))
        bar_set.append([float(v) for v in values])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        categories.setTruncateLabels(False)
        if len(labels) > 6 and not horizontal:
            categories.setLabelsAngle(-60)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = max(values or [0])
        if top < 4:
            # Few or no incidents: whole counts 0-4, never 0, 0, 0, 1, 1 from a 0-1 range.
            counts.setRange(0, 4)
            counts.setTickCount(5)
        else:
            counts.setRange(0, top * 1.2 + 1)
            counts.setTickCount(5)
            counts.applyNiceNumbers()  # whole, evenly spaced counts (0, 5, 10, 15)
        if horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)

    def _school_chart(self, data: DashboardData) -> None:
        items = sorted(data.stats.per_school.items())
        self._bars(
            self.school_chart,
            self.tr("Incidenten per school (12 maanden)"),
            [k for k, _ in items],
            [v for _, v in items],
        )

    def _category_chart(self, data: DashboardData) -> None:
        items = sorted(data.stats.per_category.items(), key=lambda kv: (kv[1], kv[0]))
        self._bars(
            self.category_chart,
            self.tr("Incidenten per categorie (12 maanden)"),
            [i18n.category_label(k) for k, _ in items],
            [v for _, v in items],
            horizontal=True,
        )

    def _month_chart(self, data: DashboardData) -> None:
        year, month = data.today.year - 1, data.today.month
        keys = []
        for _ in range(13):
            keys.append((year, month))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        keys = keys[1:]
        self._bars(
            self.month_chart,
            self.tr("Incidenten per maand"),
            [i18n.month_label(y, m) for y, m in keys],
            [data.stats.per_month.get(f"{y:04d}-{m:02d}", 0) for y, m in keys],
        )
