"""The first-run wizard switches to English at once when that language is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.services.database import Database
from tests.conftest import NOW
from ui import i18n
from ui.dialogs.first_run import FirstRunWizard
from ui.settings import UiSettings


def test_wizard_retranslates_live(qtbot, tmp_path: Path, new_db_url) -> None:  # type: ignore[no-untyped-def]
    db = Database(new_db_url("new.sqlite3"), clock=lambda: NOW)
    settings = UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    wizard = FirstRunWizard(db, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.board_page.title() == "Welkom"
    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    assert i18n.language() == "en" and settings.language == "en"
    qtbot.waitUntil(lambda: wizard.board_page.title() == "Welcome", timeout=3000)
    assert wizard.board_labels["name"].text() != "&Naam van het bestuur:"
    assert wizard.school_page.title() != "Eerste school"
    wizard.language.setCurrentIndex(wizard.language.findData("nl"))
    qtbot.waitUntil(lambda: wizard.board_page.title() == "Welkom", timeout=3000)
    wizard.close()
    db.dispose()
