"""Instellingen › Schoolkalender: the holidays that count a suspension's school days."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_app.services import settings
from tests.ui.conftest import close_boxes, message_boxes, settle
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.pages.settings_calendar import CalendarEditor
from ui.widgets import DateField


def _editor(qtbot, window: MainWindow) -> CalendarEditor:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentWidget(page.calendar_editor)
    settle(qtbot, window.ctx)  # the stored calendar arrives through the op runner
    return page.calendar_editor


def _row(editor: CalendarEditor, name: str) -> int:
    for row in range(editor.table.rowCount()):
        cell = editor.table.cellWidget(row, 0)
        if isinstance(cell, QLineEdit) and cell.text() == name:
            return row
    raise AssertionError(name)


def test_region_and_an_own_holiday_are_saved_and_count(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, window)
    assert editor.region.currentData() == "midden"
    editor.region.setCurrentIndex(editor.region.findData("noord"))
    spring = _row(editor, "Voorjaarsvakantie")
    first = editor.table.cellWidget(spring, 1)
    assert isinstance(first, DateField) and first.value() == date(2026, 2, 21)
    editor.add_button.click()
    row = editor.table.rowCount() - 1
    name = editor.table.cellWidget(row, 0)
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Studiedag")
    for column in (1, 2):
        cell = editor.table.cellWidget(row, column)
        assert isinstance(cell, DateField)
        qtbot.keyClicks(cell, "07-12-2026")
    assert editor.has_unsaved_changes()
    editor.save_button.click()
    settle(qtbot, editor.ctx)
    assert any("opgeslagen" in b.text() for b in message_boxes("infoBox"))
    close_boxes()
    stored = settings.get_calendar(editor.ctx.db, editor.ctx.actor)
    assert stored.region == "noord" and stored.holiday_name(date(2026, 12, 7)) == "Studiedag"
    # Mon 7 Dec is now no school day: Fri 4 to Tue 8 Dec counts 2 school days.
    assert stored.school_days(date(2026, 12, 4), date(2026, 12, 8)) == 2
    assert not editor.has_unsaved_changes()


def test_an_unreadable_date_is_refused_by_its_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, window)
    before = settings.get_calendar(editor.ctx.db, editor.ctx.actor)
    editor.add_button.click()
    row = editor.table.rowCount() - 1
    qtbot.keyClicks(editor.table.cellWidget(row, 0), "Extra vrij")
    qtbot.keyClicks(editor.table.cellWidget(row, 1), "31-02-2027")
    editor.save_button.click()
    settle(qtbot, editor.ctx)
    boxes = [b for b in message_boxes() if b.icon() != QMessageBox.Icon.Information]
    assert boxes and f"regel {row + 1}" in boxes[0].text() and "Extra vrij" in boxes[0].text()
    close_boxes()
    assert settings.get_calendar(editor.ctx.db, editor.ctx.actor) == before
    cell = editor.table.cellWidget(row, 1)
    assert isinstance(cell, DateField) and cell.text() == "31-02-2027"  # kept as typed
    editor.table.setCurrentCell(row, 0)
    editor.remove_button.click()
    assert editor.table.rowCount() == row


def test_calendar_tab_has_one_alt_letter_each(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_keyboard import assert_unique_mnemonics

    assert_unique_mnemonics(_editor(qtbot, window))  # region, add, remove, defaults, save


def test_P_S1_unchecked_school_years_are_shown_until_the_board_changes_them(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, window)
    assert editor.unchecked.isVisibleTo(editor)
    assert "2026-2027" in editor.unchecked.text()
    assert "niet gecontroleerd" in editor.unchecked.text()
    assert "rijksoverheid.nl" in editor.unchecked.text()
    editor.region.setCurrentIndex(editor.region.findData("zuid"))
    assert "2026-2027" in editor.unchecked.text()
    # The board checks 2026-2027's summer and corrects it: the year is its own from then on.
    summer = next(row for row in range(editor.table.rowCount())
                  if editor.table.cellWidget(row, 0).text() == "Zomervakantie"
                  and editor.table.cellWidget(row, 1).value().year == 2027)
    for column, typed in ((1, "10-07-2027"), (2, "22-08-2027")):
        cell = editor.table.cellWidget(summer, column)
        assert isinstance(cell, DateField)
        cell.clear()
        qtbot.keyClicks(cell, typed)
    editor.save_button.click()
    settle(qtbot, editor.ctx)
    close_boxes()
    assert not editor.unchecked.isVisibleTo(editor)
    assert settings.get_calendar(editor.ctx.db, editor.ctx.actor).unverified_labels() == []
