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
