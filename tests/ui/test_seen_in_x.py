"""What a person saw in a real X window at 1366x768 (issue 8, the director's story walked with
xdotool), each pressed again here on the real main window so it cannot come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_ctrl_n_editor_never_scrolls_sideways_once_its_lists_are_filled(
        qtbot, window: MainWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The columns were arranged when the editor appeared; the people list arrived a moment
    later and widened the right column, so the form ran past the window's right edge (the rule
    texts and the 'Gevolgen' box cut off) behind a horizontal scroll bar."""
    from ui.dialogs import incident_editor

    # Its size on a 1366x768 screen (the test screen is smaller), as it opens there.
    monkeypatch.setattr(incident_editor, "fit_to_screen", lambda widget, w, h: widget.resize(w, h))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _shown(IncidentEditor)[0]
    qtbot.waitExposed(editor)
    settle(qtbot, window.ctx)  # the people, schools and rules arrive through the op runner
    settle(qtbot, window.ctx)
    body = editor.form_scroll.widget()
    viewport = editor.form_scroll.viewport()
    qtbot.waitUntil(lambda: body.width() <= viewport.width(), timeout=3000)
    assert editor.form_scroll.horizontalScrollBar().maximum() == 0
    assert body.minimumSizeHint().width() <= viewport.width()
    editor.close()
