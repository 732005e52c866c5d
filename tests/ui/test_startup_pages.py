"""The main window opens on the dashboard alone; other pages are built when first shown."""

from __future__ import annotations

from desktop_app.services import deadlines
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage


def test_dashboard_names_the_totals_of_overdue_and_due_tasks(window: MainWindow) -> None:
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    every = deadlines.open_deadlines(window.ctx.db, window.ctx.actor)
    late = sum(1 for d in every if d.overdue)
    assert f"{late} te laat, {len(every) - late} nog te doen." in page.deadline_hint.text()
    assert page.deadline_model.rowCount() == min(late, 50) + min(len(every) - late, 50)


def test_only_the_shown_page_is_built_at_start(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.pages.incidents import IncidentsPage
    from ui.pages.people import PeoplePage

    from .conftest import settle

    assert [type(p) for p in window.pages] == [DashboardPage]
    assert window.navigation.count() == len(window.page_types)  # every page is offered
    assert window.navigation.item(1).text() == "Incidenten"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.ctx)
    shown = window.current_page()
    assert isinstance(shown, IncidentsPage) and shown.isVisible()
    assert shown.model.rowCount() > 0  # filled when first shown
    assert [type(p) for p in window.pages] == [DashboardPage, IncidentsPage]
    assert isinstance(window.page("people"), PeoplePage)  # asked for: built, not shown
    assert window.current_page() is shown
