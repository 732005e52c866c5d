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


def test_a_start_imports_only_the_page_it_shows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The navigation offers every page from its reference; the other pages' modules (and
    the services behind them) load when first shown, as do the backup, report and letter
    modules. A fresh process, as a start is."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = f"""
import sys
from PySide6.QtCore import QSettings
from desktop_app.services import accounts, board
from desktop_app.services.database import Database
from ui.app import create_application, make_context
from ui.main_window import MainWindow
from ui.settings import UiSettings

app = create_application()
db = Database("sqlite:///{tmp_path / 'start.sqlite3'}")
actor = accounts.create_user(db, None, "admin", "Beheerder", "administrator", "x" * 12)
board.create_board(db, actor, "Stichting Start", "Stationsstraat 1, 3811 MH Amersfoort")
settings = UiSettings(QSettings("{tmp_path / 'ui.ini'}", QSettings.Format.IniFormat))
window = MainWindow(make_context(db, actor, settings))
from ui.daily_backup import start_daily_backup
start_daily_backup(window.ctx, window)  # as the launcher does; none is due
window.ctx.ops.wait()
print(window.current_page().key, window.navigation.count())
print(sorted(m for m in sys.modules if m.startswith("ui.pages.")))
heavy = ("cryptography", "reportlab", "pypdf", "desktop_app.services.backup",
         "desktop_app.services.board_reports", "desktop_app.services.procedures",
         "desktop_app.services.demo", "PySide6.QtPdf")
print(sorted(m for m in heavy if m in sys.modules))
db.dispose()
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    shown, modules, heavy = done.stdout.strip().splitlines()[-3:]
    assert shown == "dashboard 9"  # an administrator is offered all nine pages
    assert modules == "['ui.pages.art4a_panel', 'ui.pages.dashboard']"
    assert heavy == "[]"  # letters, reports, backups and the PDF viewer load when used


def test_each_page_reference_names_its_page_as_the_page_does(window: MainWindow) -> None:
    from ui import i18n
    from ui.main_window import PAGES

    for language in ("nl", "en"):
        i18n.set_language(language)
        for ref in PAGES:
            page_class = ref.page_class()
            assert (page_class.key, page_class.icon_name, page_class.title()) == (
                ref.key, ref.icon_name, ref.title())
            allowed = getattr(page_class, "allowed", None)
            if allowed is not None:
                assert allowed(window.ctx) == ref.allowed(window.ctx)
    i18n.set_language("nl")
    assert window.navigation.item(0).text() == "Overzicht"


def test_while_the_login_dialog_waits_the_window_and_its_first_page_are_loaded(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After "Aanmelden" only the password check, the widgets and the page's data are left:
    the modules were imported while the dialog waited for the password. A fresh process."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = f"""
import sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.services import accounts, board
from desktop_app.services.database import Database
from ui.app import Launcher, create_application
from ui.settings import UiSettings

app = create_application()
db = Database("sqlite:///{tmp_path / 'login.sqlite3'}")
actor = accounts.create_user(db, None, "admin", "Beheerder", "administrator", "x" * 12)
board.create_board(db, actor, "Stichting Start", "Stationsstraat 1, 3811 MH Amersfoort")
settings = UiSettings(QSettings("{tmp_path / 'ui.ini'}", QSettings.Format.IniFormat))
settings.last_page = "people"
launcher = Launcher(db, settings)
launcher.launch()
waited = time.monotonic()
while "ui.daily_backup" not in sys.modules and time.monotonic() - waited < 20:
    app.processEvents()
    time.sleep(0.005)
print(launcher.login is not None and launcher.login.isVisible(), launcher.window is None)
print(sorted(m for m in ("ui.main_window", "ui.pages.people", "ui.pages.dashboard",
                         "ui.reports_menu", "ui.daily_backup") if m in sys.modules))
launcher.ops.wait()
db.dispose()
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    waiting, loaded = done.stdout.strip().splitlines()[-2:]
    assert waiting == "True True"  # the dialog still waits; no window yet
    assert loaded == ("['ui.daily_backup', 'ui.main_window', 'ui.pages.people', "
                      "'ui.reports_menu']")  # the page it opens with, not the dashboard
