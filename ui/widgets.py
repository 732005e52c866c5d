"""Small shared widgets and helpers: page base, titled labels, table setup, combo helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from . import errors
from .context import AppContext
from .i18n import short_date
from .style import icon


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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        from .guard import guard_wheel

        guard_wheel(self)  # no wheel changes on boxes the pointer merely crosses

    def can_leave(self) -> bool:
        """Asked before another page is shown or the window closes; a page with unsaved
        changes asks the user first."""
        return True

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


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT_DATE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """24-11-2026, 24/11/2026, 24.11.2026, 24112026 or 2026-11-24; None when it is no date."""
    value = text.strip()
    found = _DUTCH_DATE.match(value) or _COMPACT_DATE.match(value)
    try:
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
        iso = _ISO_DATE.match(value)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        return None
    return None


class DateField(QLineEdit):
    """A date typed the Dutch way (16-01-2030) or picked from a calendar.

    What cannot be read as a date stays on screen, marked red, and saving refuses it with a
    message (`refuse_bad_dates`): a typed date is never silently replaced or dropped.
    """

    dateChanged = Signal(QDate)

    def __init__(self, day: date | None = None, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setObjectName("dateField")
        self.setPlaceholderText(QCoreApplication.translate("widgets", "dd-mm-jjjj"))
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 40)
        self._calendar_action = self.addAction(icon("calendar"),
                                               QLineEdit.ActionPosition.TrailingPosition)
        self._calendar_action.setToolTip(QCoreApplication.translate("widgets", "Kalender"))
        self._calendar_action.triggered.connect(lambda: self.show_calendar())
        self.textChanged.connect(self._text_changed)
        self._last: date | None = None
        if day is not None:
            self.set_value(day)

    # --- values -------------------------------------------------------------------------
    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, day: date | None) -> None:
        self.setText(short_date(day) if day is not None else "")

    def date(self) -> QDate:
        """The date as a QDate; an invalid QDate when the field is empty or unreadable."""
        return to_qdate(self.value())

    def setDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name, kept for callers
        self.set_value(from_qdate(day) if day.isValid() else None)

    def is_valid(self) -> bool:
        if not self.text().strip():
            return self.optional
        return self.value() is not None

    def _text_changed(self, _text: str) -> None:
        bad = bool(self.text().strip()) and self.value() is None
        if bool(self.property("invalid")) != bad:
            self.setProperty("invalid", bad)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(QCoreApplication.translate(
            "widgets", "Geen geldige datum: typ bijvoorbeeld 16-01-2030.") if bad else "")
        current = self.value()
        if current != self._last:
            self._last = current
            self.dateChanged.emit(to_qdate(current))

    # --- the calendar -------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """A calendar at the field's date, or today when it is empty (never at 1900)."""
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setObjectName("datePopup")
        popup.setGridVisible(True)
        popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        start = self.value() or date.today()
        popup.setSelectedDate(to_qdate(start))
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(day: QDate) -> None:
            self.setDate(day)
            popup.close()
            self.setFocus()

        popup.clicked.connect(chosen)
        popup.activated.connect(chosen)
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus()
        return popup


def date_edit(day: date | None = None, optional: bool = False) -> DateField:
    return DateField(day, optional)


def optional_date(edit: DateField) -> date | None:
    return edit.value()


def field_caption(field: QWidget) -> str:
    """The text of the label whose buddy is `field`, without its mnemonic and colon."""
    window = field.window()
    for caption in window.findChildren(QLabel):
        if caption.buddy() is field:
            return caption.text().replace("&", "").rstrip(": ")
    return ""


def refuse_bad_dates(root: QWidget) -> bool:
    """Before saving: a date field that holds no valid date is named, focused and kept as typed.

    Returns True when something was refused (the message is showing)."""
    for field in root.findChildren(DateField):
        if not field.isVisibleTo(root) or not field.isEnabled() or field.is_valid():
            continue
        caption = field_caption(field)
        if field.text().strip():
            text = QCoreApplication.translate(
                "widgets", "Bij '{field}' staat '{text}': dat is geen geldige datum. Typ de "
                "datum als dag-maand-jaar, bijvoorbeeld 16-01-2030.").format(
                    field=caption, text=field.text().strip())
        else:
            text = QCoreApplication.translate(
                "widgets", "Vul bij '{field}' een datum in, bijvoorbeeld 16-01-2030.").format(
                    field=caption)
        field.setFocus()
        field.selectAll()
        errors.refuse(root, text)
        return True
    return False


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


DONE_LINE = "doneLine"


def show_done(widget: QWidget, text: str) -> None:
    """A successful action says so: on the window's own confirmation line (a case window),
    and in the main window's status bar."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    line = widget.window().findChild(QLabel, DONE_LINE)
    if line is not None:
        line.setText("✓ " + text)
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            top.statusBar().showMessage(text, 10000)


SELECTION_BOUND = "selectionBound"  # a button's property: it acts on the chosen row


def chosen_row(view: QAbstractItemView) -> int | None:
    """The row the user chose in a list or table, or None when nothing is chosen (an empty
    list, a fresh page, or a list just reloaded)."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return None
    current = view.currentIndex()
    if not current.isValid() or current.row() >= model.rowCount():
        return None
    if not selection.isRowSelected(current.row(), current.parent()):
        return None
    return current.row()


def enable_with_selection(view: QAbstractItemView, buttons: Sequence[QPushButton],
                          when: Callable[[int], bool] | None = None) -> Callable[[], None]:
    """Buttons that act on the chosen row are disabled until a row is chosen (an empty box has
    no active buttons): no click is answered by "choose a row first". `when(row)` narrows it
    further (lifting a hold only where a hold is). Returns the update, for callers whose other
    conditions change (read-only accounts, a finished load)."""
    for button in buttons:
        button.setProperty(SELECTION_BOUND, True)

    def update(*_: object) -> None:
        if not all(shiboken6.isValid(w) for w in (view, *buttons)):
            return  # the window is being taken down (a table widget clears its rows then)
        row = chosen_row(view)
        on = row is not None and (when is None or when(row))
        for button in buttons:
            button.setEnabled(on)

    model, selection = view.model(), view.selectionModel()
    selection.selectionChanged.connect(update)
    selection.currentChanged.connect(update)
    for signal in (model.modelReset, model.rowsRemoved, model.rowsInserted,
                   model.layoutChanged, model.dataChanged):
        signal.connect(update)
    update()
    return update
