"""Two users at once in the app: a settings form saved after someone else changed the same
setting is refused with who and when, and the other's change stays."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import accounts
from desktop_app.services import settings as board_settings
from desktop_app.services.database import Database
from tests.conftest import NOW
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage

from .conftest import close_boxes, message_boxes, settle


def test_stale_policy_form_is_refused_in_the_app(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    settle(qtbot, window.ctx)
    page.tabs.setCurrentIndex(2)
    petra = accounts.create_user(window.ctx.db, window.ctx.actor, "petra", "Petra HR",
                                 "administrator")
    other = Database(window.ctx.db.url, clock=lambda: NOW)  # another PC, same database
    changed = board_settings.get_policy(other, petra).to_dict()
    changed["history_months"] = 7
    board_settings.set_policy(other, petra, changed)
    other.dispose()
    page.months.setValue(30)
    qtbot.mouseClick(page.policy_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)  # the save runs in an op; its refusal comes back from it
    boxes = message_boxes("refusalBox")
    assert boxes and "Gewijzigd door Petra HR om 24-11-2026 12:00" in boxes[0].text()
    close_boxes()
    assert board_settings.get_policy(window.ctx.db, window.ctx.actor).history_months == 7
    assert page.months.value() == 30  # what was typed stays
