"""Small shared widgets and helpers: page base, titled labels, table setup, combo helpers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from .context import AppContext


class Page(QWidget):
    """A navigation page: retranslates on LanguageChange, refreshes on F5 and on the bus."""

    key = "page"
    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    @classmethod
    def title(cls) -> str:
        return cls.key

    def retranslate_ui(self) -> None:
        """Set every user-visible text; runs again when the language changes."""

    def refresh(self) -> None:
        """Reload what the page shows (F5)."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's search box, if it has one."""
        return False

    def fit_width(self, available: int) -> None:
        """The main window's width for pages changed; a page may rearrange to fit (hidden pages
        get no resize event until shown, so the window tells them all)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def label(role: str = "", text: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if wrap:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def setup_table(view: QTableView, stretch_last: bool = True) -> None:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users reach the buttons


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def to_qdate(day: date | None) -> QDate:
    if day is None:
        return QDate()
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date | None = None, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if optional:
        edit.setSpecialValueText(" ")
        edit.setMinimumDate(QDate(1900, 1, 1))
    if day is not None:
        edit.setDate(to_qdate(day))
    elif optional:
        edit.setDate(edit.minimumDate())
    return edit


def optional_date(edit: QDateEdit) -> date | None:
    if edit.date() == edit.minimumDate() and edit.specialValueText():
        return None
    return from_qdate(edit.date())


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at the preferred size, but never larger than the screen it appears on (a 1366×768
    laptop at 150 % scaling leaves about 900×500 pixels)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 24)
        height = min(height, available.height() - 24)
    widget.resize(max(width, 200), max(height, 150))


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's accept and reject (Enter and Escape work too)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def labelled_form(fields: Sequence[tuple[str, QWidget]]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form whose labels are buddies of their fields (mnemonics jump there); the labels'
    texts are set later, in retranslate_ui."""
    form = QFormLayout()
    labels: dict[str, QLabel] = {}
    for key, field in fields:
        caption = QLabel()
        caption.setBuddy(field)
        labels[key] = caption
        form.addRow(caption, field)
    return form, labels
