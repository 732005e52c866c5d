"""The main window opens on the dashboard alone; other pages are built when first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import deadlines
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.incidents import IncidentsPage

from .conftest import settle


def test_pages_are_built_on_first_show(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert [type(p) for p in window.pages] == [DashboardPage]
    assert window.navigation.item(1).text() == "Incidenten"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.ctx)
    page = window.current_page()
    assert isinstance(page, IncidentsPage) and page.isVisible()
    assert page.model.rowCount() > 0
    assert [type(p) for p in window.pages] == [DashboardPage, IncidentsPage]


def test_dashboard_names_the_totals_of_overdue_and_due_tasks(window: MainWindow) -> None:
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    every = deadlines.open_deadlines(window.ctx.db, window.ctx.actor)
    late = sum(1 for d in every if d.overdue)
    assert f"{late} te laat, {len(every) - late} nog te doen." in page.deadline_hint.text()
    assert page.deadline_model.rowCount() == min(late, 50) + min(len(every) - late, 50)
