"""Every main screen and dialog with the demo board, saved to docs/screenshots for the README."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.database import Database
from tests.conftest import PASSWORD
from ui import errors, i18n
from ui.app import Launcher
from ui.dialogs.about import AboutDialog
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.pages.incidents import IncidentsPage
from ui.pages.people import PersonDialog
from ui.pages.settings import SettingsPage
from ui.settings import UiSettings

from .conftest import message_boxes, settle

Shoot = Callable[[QWidget, str], Path]


def test_first_run_creates_board_school_admin_and_loads_the_demo(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    new_db_url: Callable[[str], str],
) -> None:
    db = Database(new_db_url("new.sqlite3"))
    settings = UiSettings(QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat))
    launcher = Launcher(db, settings)
    launcher.launch()
    qtbot.waitUntil(lambda: launcher.wizard is not None)
    wizard = launcher.wizard
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.board_name, "Stichting Eemland Onderwijs")
    shoot(wizard, "01-first-run")
    wizard.next()
    qtbot.keyClicks(wizard.school_name, "De Wegwijzer")
    qtbot.keyClicks(wizard.brin, "99XX")
    qtbot.keyClicks(wizard.director, "Anna Vermeulen")
    wizard.next()
    qtbot.keyClicks(wizard.display_name, "Anna Vermeulen")
    qtbot.keyClicks(wizard.password, PASSWORD)
    wizard.next()
    assert wizard.load_demo.isChecked()
    with qtbot.waitSignal(launcher.ready, timeout=10000):
        wizard.accept()
    window = launcher.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    settle(qtbot, window.ctx)
    page = window.show_page("incidents")
    settle(qtbot, window.ctx)
    assert isinstance(page, IncidentsPage) and page.model.total == 21
    assert settings.username == "admin"
    window.close()
    # A later start asks to log in; a wrong password keeps the dialog open with the reason.
    again = Launcher(db, settings)
    again.launch()
    qtbot.waitUntil(lambda: again.login is not None)
    login = again.login
    assert again.wizard is None and isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    assert login.username.text() == "admin"
    qtbot.keyClicks(login.password, "verkeerd wachtwoord")
    login.accept()
    qtbot.waitUntil(lambda: login.problem.isVisible(), timeout=10000)
    assert login.isVisible() and again.window is None
    assert "onjuist" in login.problem.text()
    QApplication.processEvents()
    for text in (login.intro, login.problem):  # the window grew: nothing squeezed or cut off
        assert text.height() >= text.heightForWidth(text.width()), text.text()
    assert login.username.height() >= login.username.sizeHint().height()
    qtbot.keyClicks(login.password, PASSWORD)
    with qtbot.waitSignal(again.ready, timeout=10000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert isinstance(again.window, MainWindow)
    assert again.window.ctx.actor.username == "admin"
    again.window.close()
    db.dispose()


def test_main_screens(qtbot, window: MainWindow, shoot: Shoot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    for number, key in (
        (2, "dashboard"),
        (3, "incidents"),
        (10, "inspector"),
        (13, "people"),
        (14, "consent"),
        (15, "settings"),
    ):
        window.show_page(key)
        settle(qtbot, ctx)
        qtbot.wait(150)
        assert window.navigation.currentItem().text() == window.current_page().title()
        shoot(window, f"{number:02d}-{key}")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    for index, name in (
        (1, "16-settings-schools"),
        (2, "17-settings-policy"),
        (3, "18-settings-legal"),
    ):
        settings.tabs.setCurrentIndex(index)
        shoot(window, name)
    window.show_page("dossiers")
    settle(qtbot, ctx)
    case = window.open_case(13)  # the pupil removal with an objection: a full timeline
    assert isinstance(case, CaseWindow)
    case.tabs.setCurrentIndex(1)
    case.resize(1120, 720)  # as it opens on a 1366x768 laptop at 100 %
    shoot(case, "19-case-procedure")
    case.close()
    about = window.show_about()
    assert isinstance(about, AboutDialog)
    shoot(about, "20-about")
    about.close()
    person = window.page("people")
    dialog = person.add_person()  # type: ignore[attr-defined]
    assert isinstance(dialog, PersonDialog)
    shoot(dialog, "21-person-dialog")
    dialog.close()


def test_language_switch_applies_live(qtbot, window: MainWindow, shoot: Shoot) -> None:  # type: ignore[no-untyped-def]
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    window.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert i18n.language() == "en" and window.ctx.settings.language == "en"
    assert window.navigation.item(1).text() == "Incidents"
    assert window.file_menu.title() == "&File"
    window.show_page("dashboard")
    settle(qtbot, window.ctx)
    qtbot.wait(150)
    shoot(window, "22-dashboard-english")
    settings.language.setCurrentIndex(settings.language.findData("nl"))
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.navigation.item(1).text() == "Incidenten"


def test_unexpected_error_points_to_the_log_file(qtbot, window: MainWindow, caplog) -> None:  # type: ignore[no-untyped-def]
    box = errors.show_unexpected(window, RuntimeError("disk on fire"))
    assert str(errors.log_file()) in box.informativeText()
    assert "Traceback" not in box.text()
    assert box in message_boxes("unexpectedBox")
    assert "disk on fire" not in box.text() + box.informativeText() + box.detailedText()
    logged = [r.getMessage() for r in caplog.records]
    assert len(logged) == 1 and logged[0].startswith("unexpected error")  # where, not what
    caplog.clear()  # the error was provoked on purpose
    box.close()


def test_geometry_and_last_page_are_remembered(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.show_page("people")
    first.close()
    settle(qtbot, ctx)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_page().key == "people"
    assert not ctx.settings.geometry.isEmpty()
    assert second.size().height() == 700  # the offscreen screen clamps the width
    second.close()
