"""Instellingen › Wettelijke termijnen: a 0/1 trigger of the art. 4a track (V9) holding any
other number is refused, naming the setting as the screen labels it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from desktop_app.services import settings as board_settings
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage

from .conftest import close_boxes, message_boxes, settle


def test_V9_a_trigger_setting_other_than_0_or_1_is_refused_by_its_label(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    settle(qtbot, window.ctx)
    page.tabs.setCurrentIndex(3)
    edit = page.legal_edits["art4a_adult_pupils"]
    assert isinstance(edit, QSpinBox)
    edit.setValue(2)
    qtbot.mouseClick(page.legal_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    boxes = message_boxes("refusalBox")
    assert boxes
    text = boxes[0].text()
    assert "Art. 4a WPO ook bij meerderjarige leerlingen (0/1)" in text
    assert "alleen 0 (nee) of 1 (ja)" in text and "niet 2" in text
    assert "art4a_adult_pupils" not in text  # never the key on screen
    close_boxes()
    assert board_settings.get_legal(window.ctx.db, window.ctx.actor).art4a_adult_pupils == 0
    edit.setValue(1)
    qtbot.mouseClick(page.legal_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert not message_boxes("refusalBox")
    close_boxes()
    assert board_settings.get_legal(window.ctx.db, window.ctx.actor).art4a_adult_pupils == 1
