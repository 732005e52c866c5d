"""Keyboard alone: Tab reaches every field in reading order, labels have mnemonics, Enter and
Escape work in dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from tests.ui.conftest import settle
from ui import i18n
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.decision import DecisionDialog
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow
from ui.pages.people import PeoplePage, PersonDialog
from ui.widgets import set_combo_data


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
    assert_unique_mnemonics(editor)
    editor.close()


def test_decision_dialog_enter_and_escape(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = window.open_case(15)  # Lotte Meijer: open, minor
    settle(qtbot, window.ctx)
    assert isinstance(case, CaseWindow) and case.detail is not None
    assert case.detail.proposal is None
    assert case.decide() is None  # the proposal first; the dialog opens when it is in
    qtbot.waitUntil(lambda: any(d.isVisible() for d in case.findChildren(DecisionDialog)))
    dialog = next(d for d in case.findChildren(DecisionDialog) if d.isVisible())
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


def mnemonic_keys(dialog: QWidget) -> list[str]:
    """The Alt+letter keys of the visible labels and buttons (a '&&' is a literal '&')."""
    keys = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(
                widget, QAbstractButton):
            text = widget.text().replace("&&", "")  # type: ignore[attr-defined]
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
    return keys


def mnemonic_texts(dialog: QWidget) -> list[str]:
    return [w.text() for w in dialog.findChildren(QWidget)  # type: ignore[attr-defined]
            if w.isVisibleTo(dialog) and isinstance(w, QLabel | QAbstractButton)
            and "&" in w.text()]


def assert_unique_mnemonics(dialog: QWidget) -> None:
    """Every Alt+letter goes to one place, in Dutch and in English; every label has one."""
    try:
        for language in ("nl", "en"):
            i18n.set_language(language)
            QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            keys = mnemonic_keys(dialog)
            assert len(keys) == len(set(keys)), (language, sorted(keys), mnemonic_texts(dialog))
            labelled = [lab for lab in dialog.findChildren(QLabel)
                        if lab.buddy() is not None and lab.isVisibleTo(dialog)]
            assert all("&" in lab.text() for lab in labelled), (language, [
                lab.text() for lab in labelled if "&" not in lab.text()])
    finally:
        i18n.set_language("nl")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_decision_dialog_tab_order_and_mnemonics(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = window.open_case(10)  # Milan Visser: a pupil suspension (dates, education rows)
    settle(qtbot, window.ctx)
    assert isinstance(case, CaseWindow) and case.detail is not None
    dialog = DecisionDialog(window.ctx, case.detail, case)
    qtbot.addWidget(dialog)
    set_combo_data(dialog.measure, "suspension")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    fields = [dialog.measure, dialog.decided_on, dialog.start_on, dialog.end_on,
              dialog.motivation, dialog.no_hearing, dialog.education]
    assert all(f.isVisible() for f in fields)
    order = tab_walk(qtbot, dialog.measure, 20)
    positions = []
    for f in fields:
        target = f.focusProxy() or f
        hits = [i for i, w in enumerate(order) if w is target or target.isAncestorOf(w)]
        assert hits, f"Tab never reaches {type(f).__name__} {f.objectName()}"
        positions.append(hits[0])
    assert positions == sorted(positions)  # top to bottom, as the form reads
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert any(w is ok for w in order)  # and on to the buttons
    assert_unique_mnemonics(dialog)
    dialog.reject()


def test_person_dialog_mnemonics_enter_and_escape(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    dialog = page.add_person()
    assert isinstance(dialog, PersonDialog)
    qtbot.waitExposed(dialog)
    for kind in ("staff", "pupil", "parent"):
        set_combo_data(dialog.kind, kind)
        assert_unique_mnemonics(dialog)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    settle(qtbot, window.ctx)
    person = page.model.row(0)
    dialog = page.edit_person(person)
    assert isinstance(dialog, PersonDialog)
    qtbot.waitExposed(dialog)
    dialog.first.setFocus()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)  # nothing changed: Enter just closes
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
