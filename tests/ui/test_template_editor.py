"""Instellingen → Briefsjablonen: unknown fields refused as you type, a live preview, saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from desktop_app.services import templates
from tests.ui.conftest import settle
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage

Shoot = Callable[[QWidget, str], Path]


def test_template_editor_refuses_unknown_fields_and_previews(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, shoot: Shoot) -> None:
    import io

    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentIndex(4)
    editor = page.template_editor
    settle(qtbot, window.ctx)
    paths = [info.path for info in editor.infos]
    editor.list_view.selectRow(paths.index("pupil/suspension.txt"))
    settle(qtbot, window.ctx)
    assert editor.current is not None and editor.current.path == "pupil/suspension.txt"
    assert editor.case_combo.count() > 0  # only cases about pupils are offered
    original = editor.editor.toPlainText()

    editor.editor.setPlainText(original + "\n\nGroet van ${huisdier}.")
    assert not editor.save_button.isEnabled()
    assert "${huisdier}" in editor.status.text()

    changed = original.replace("Hierbij delen wij u mee", "Met deze brief laten wij u weten", 1)
    assert changed != original
    editor.editor.setPlainText(changed)
    assert editor.save_button.isEnabled() and "in orde" in editor.status.text()
    editor.case_combo.setCurrentIndex(editor.case_combo.findData(10))  # Milan's suspension
    editor.render_preview()
    qtbot.waitUntil(lambda: editor.preview.page_count > 0, timeout=15000)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(editor.preview.data)).pages)
    assert "Met deze brief laten wij u weten" in text
    qtbot.wait(600)  # let QPdfView paint the pages before the screenshot
    shoot(window, "23-settings-templates")

    editor.save()
    settle(qtbot, window.ctx)
    path = "pupil/suspension.txt"
    assert templates.get_template(window.ctx.db, window.ctx.actor, path).overridden
    assert editor.reset_button.isEnabled() and not editor.save_button.isEnabled()
    editor.reset()
    settle(qtbot, window.ctx)
    assert not templates.get_template(window.ctx.db, window.ctx.actor, path).overridden
    assert editor.editor.toPlainText() == original
