"""Instellingen › Database: choose the embedded file or a server, test it, save for next start."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton

from desktop_app import database_choice
from desktop_app.paths import config_dir, default_database_url, embedded_database_url
from tests.conftest import on_postgresql
from tests.fake_pg import refusing_server
from tests.ui.test_alt_letters import assert_one_thing_per_letter
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.pages.settings_database import DatabaseSettings

from .conftest import close_boxes, message_boxes, settle


def _tab(qtbot, window: MainWindow) -> DatabaseSettings:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentWidget(page.database_tab)
    settle(qtbot, window.ctx)
    return page.database_tab


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _choose(qtbot, button: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    # On the indicator: a radio button answers clicks on its circle and text only.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def _fill(qtbot, tab: DatabaseSettings, host: str, port: int, name: str,  # type: ignore[no-untyped-def]
          user: str, password: str = "") -> None:
    _choose(qtbot, tab.server)
    _type(qtbot, tab.host, host)
    line = tab.port.lineEdit()
    assert line is not None
    _type(qtbot, line, str(port))
    _type(qtbot, tab.database, name)
    _type(qtbot, tab.user, user)
    _type(qtbot, tab.password, password)


def _test(qtbot, window: MainWindow, tab: DatabaseSettings) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    return tab.status.text()


def test_connection_test_words_each_failure(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, window)
    assert tab.embedded.isChecked() and not tab.host.isEnabled()
    window.show_page("settings")
    assert_one_thing_per_letter(window)  # with the menus and the tab bar
    _fill(qtbot, tab, "127.0.0.1", 1, "casemanager", "postgres")
    assert tab.host.isEnabled()
    assert "databaseserver is niet bereikbaar" in _test(qtbot, window, tab)
    _fill(qtbot, tab, "127.0.0.1", 5432, "geen_zulke_database", "postgres")
    assert "bestaat niet op de server" in _test(qtbot, window, tab)
    with refusing_server() as (port, received):
        _fill(qtbot, tab, "127.0.0.1", port, "casemanager", "cm_app", "verkeerd")
        text = _test(qtbot, window, tab)
    assert "weigert de aanmelding" in text and "verkeerd" not in text
    assert received == ["verkeerd"]
    _fill(qtbot, tab, "127.0.0.1", 5432, "test", "postgres")
    assert _test(qtbot, window, tab).startswith("Verbinding gelukt")
    _fill(qtbot, tab, "db server", 5432, "test", "postgres")
    assert "zonder spaties" in _test(qtbot, window, tab)
    for text in ("Traceback", "psycopg", "SELECT", "OperationalError"):
        assert text not in tab.status.text()


def test_saved_choice_opens_at_the_next_start(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, window)
    _fill(qtbot, tab, "db.bestuur.local", 5433, "casemanager", "cm_app", "Geheim-1234567")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    boxes = message_boxes("infoBox")
    assert boxes and "volgende start" in boxes[0].text()
    close_boxes()
    assert default_database_url() == "postgresql+psycopg://cm_app@db.bestuur.local:5433/casemanager"
    assert b"Geheim-1234567" not in (config_dir() / database_choice.CHOICE_FILE).read_bytes()
    assert tab.password.text() == "" and "bewaard" in tab.password.placeholderText()
    # The window in use keeps its database until the next start.
    assert window.ctx.db.url != default_database_url()
    _choose(qtbot, tab.embedded)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    close_boxes()
    assert default_database_url() == embedded_database_url()


def test_daily_backup_set_in_settings_and_made_at_start(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                        tmp_path, monkeypatch) -> None:
    from desktop_app import auto_backup
    from desktop_app.services import backup
    from ui.app import Launcher

    monkeypatch.setattr(backup, "SCRYPT_N", 2**14)
    tab = _tab(qtbot, window)
    folder = tmp_path / "backups"
    folder.mkdir()
    qtbot.mouseClick(tab.backup_on, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, tab.backup_on.height() // 2))
    _type(qtbot, tab.backup_folder, str(folder))
    line = tab.backup_keep.lineEdit()
    assert line is not None
    _type(qtbot, line, "3")
    _type(qtbot, tab.backup_passphrase, "kort")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    refusals = message_boxes("refusalBox")
    assert refusals and "minstens 10 tekens" in refusals[0].text()
    close_boxes()
    assert auto_backup.load().enabled is False  # refused: nothing saved
    _type(qtbot, tab.backup_passphrase, "een lang back-upwachtwoord")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    close_boxes()
    saved = auto_backup.load()
    assert saved.enabled and saved.folder == folder and saved.keep == 3 and saved.has_passphrase
    assert tab.backup_passphrase.text() == ""
    # The next start (after login) makes today's backup in the background, once.
    launcher = Launcher(window.ctx.db, window.ctx.settings)
    if not on_postgresql():
        launcher._open(window.ctx.actor, load_demo=False)
        opened = launcher.window
        assert isinstance(opened, MainWindow)
        qtbot.addWidget(opened)
        settle(qtbot, opened.ctx)
        assert [p.name for p in folder.iterdir()] == [
            f"casemanager-{window.ctx.db.today().isoformat()}.cmbackup"]
        assert "back-up is gemaakt" in opened.statusBar().currentMessage()
        opened.close()
    else:  # on a shared server the server's own backups apply: nothing is made here
        assert auto_backup.run_if_due(window.ctx.db, window.ctx.actor) is None
        assert list(folder.iterdir()) == []
