"""Keyboard alone: Tab reaches every field in reading order, labels have mnemonics, Enter and
Escape work in dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tests.ui.conftest import settle
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.decision import DecisionDialog
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow


def tab_walk(qtbot, start: QWidget, steps: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_incident_editor_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(window.ctx, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    settle(qtbot, window.ctx)
    order = tab_walk(qtbot, editor.school, 40)
    fields = [editor.school, editor.occurred, editor.reported, editor.platform, editor.reporter,
              editor.category, editor.description, editor.rules, *editor.axes.values(),
              editor.person_pick, editor.role_pick, editor.add_person_button, editor.boundary,
              editor.criminal, editor.urgent, editor.add_evidence_button]
    focus_of = {id(f): f.focusProxy() or f for f in fields}
    positions = []
    for f in fields:
        target = focus_of[id(f)]
        hits = [i for i, w in enumerate(order) if w is target or target.isAncestorOf(w)]
        assert hits, f"Tab never reaches {type(f).__name__} {f.objectName()}"
        positions.append(hits[0])
    # The 'what happened' column comes first, in reading order.
    assert positions[:7] == sorted(positions[:7])
    labelled = [lab for lab in editor.findChildren(QLabel) if lab.buddy() is not None]
    assert labelled and all("&" in lab.text() for lab in labelled), [
        lab.text() for lab in labelled if "&" not in lab.text()]
    editor.close()


def test_decision_dialog_enter_and_escape(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = window.open_case(15)  # Lotte Meijer: open, minor
    assert isinstance(case, CaseWindow) and case.detail is not None
    dialog = case.decide()
    assert isinstance(dialog, DecisionDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog = case.decide()
    assert isinstance(dialog, DecisionDialog)
    qtbot.waitExposed(dialog)
    dialog.measure.setFocus()
    qtbot.keyClick(dialog.measure, Qt.Key.Key_Return)  # the proposal is chosen: Enter decides
    qtbot.waitUntil(lambda: dialog.decision is not None, timeout=5000)
    assert dialog.decision is not None and dialog.decision.measure == "warning"
