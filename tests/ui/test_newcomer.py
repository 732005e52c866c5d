"""A newcomer's story pressed key by key on the real main window: what the screen says is read
back from the widgets (issue 8: shortcuts, nothing typed lost, Dutch Qt dialogs)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.services import people
from tests.ui.conftest import close_boxes, message_boxes, settle
from ui import errors, i18n
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow
from ui.pages.inspector import CallDialog, InspectorPage
from ui.pages.people import PeoplePage, PersonDialog
from ui.pages.settings import SettingsPage

ROOT = Path(__file__).resolve().parents[2]


def visible_editors() -> list[IncidentEditor]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, IncidentEditor) and w.isVisible()]


def press(qtbot, widget: QWidget, key: Qt.Key,  # type: ignore[no-untyped-def]
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget.activateWindow()
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def test_ctrl_n_opens_an_empty_incident_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    press(qtbot, window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = visible_editors()
    assert len(editors) == 1, "Ctrl+N did not open the incident editor"
    editor = editors[0]
    # Empty: nobody involved, no refusal ("Persoon False bestaat niet.").
    assert editor.people_table.rowCount() == 0 and editor.involved == []
    assert editor.description.toPlainText() == ""
    assert not message_boxes(), [b.text() for b in message_boxes()]
    editor.close()
    # The menu item does the same (triggered(bool) reaches no parameter).
    window.new_incident_action.trigger()
    editors = visible_editors()
    assert len(editors) == 1 and editors[0].people_table.rowCount() == 0
    assert not message_boxes(), [b.text() for b in message_boxes()]


def _slot_parameters(tree: ast.Module) -> dict[str, list[str]]:
    """Each method's parameters, except an item view's QModelIndex (clicked(QModelIndex))."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            args = [a.arg for a in node.args.args if a.arg != "self"
                    and not (a.annotation is not None
                             and "QModelIndex" in ast.unparse(a.annotation))]
            found[node.name] = args
    return found


def test_no_triggered_or_clicked_signal_reaches_a_parameter() -> None:
    """`triggered(bool)` and `clicked(bool)` pass `checked` to a slot that takes a parameter:
    every such connection goes to a slot without parameters (or a lambda)."""
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        slots = _slot_parameters(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in ("triggered",
                                                                          "clicked")):
                continue
            target = node.args[0]
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                    and target.value.id == "self" and slots.get(target.attr):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {target.attr}")
    assert not wrong, wrong


def _person_dialog(qtbot, window: MainWindow) -> PersonDialog:  # type: ignore[no-untyped-def]
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    dialog = page.add_person()
    assert isinstance(dialog, PersonDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, window.ctx)  # the schools are in
    return dialog


def test_a_typed_birth_date_is_never_dropped(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _person_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("pupil"))
    qtbot.keyClicks(dialog.first, "Lotte")
    qtbot.keyClicks(dialog.last, "Bakker")
    qtbot.keyClicks(dialog.birth, "31-02-2015")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    refusals = message_boxes("refusalBox")
    assert len(refusals) == 1
    assert "Geboortedatum" in refusals[0].text() and "31-02-2015" in refusals[0].text()
    assert dialog.isVisible() and dialog.birth.text() == "31-02-2015"  # kept as typed
    assert not people.list_people(window.ctx.db, window.ctx.actor, search="Lotte Bakker",
                                  limit=5)
    close_boxes()
    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "12-05-2015")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    saved = dialog.person
    assert saved is not None and saved.birth_date is not None
    assert saved.birth_date.isoformat() == "2015-05-12"


def test_escape_asks_before_discarding_a_person(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_no(parent: QWidget | None, title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(errors, "ask", answer_no)
    dialog = _person_dialog(qtbot, window)
    press(qtbot, dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and not asked
    dialog = _person_dialog(qtbot, window)
    qtbot.keyClicks(dialog.first, "Ilse")
    press(qtbot, dialog.first, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.first.text() == "Ilse"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and dialog.isVisible()
    monkeypatch.setattr(errors, "ask", lambda *args: True)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_refused_call_form_keeps_everything_typed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "ask", lambda *args: False)
    page = window.show_page("inspector")
    assert isinstance(page, InspectorPage)
    settle(qtbot, window.ctx)
    if page.todo.count() == 0:
        pytest.skip("the demo has no case for the inspector")
    page.todo.setCurrentIndex(0)
    call = page.log_call()
    assert isinstance(call, CallDialog)
    settle(qtbot, window.ctx)  # the inspector's number is in
    qtbot.keyClicks(call.inspector_name, "mevr. A. Hendriks")
    qtbot.keyClicks(call.facts, "Berichten gedeeld.")
    press(qtbot, call.inspector_name, Qt.Key.Key_Return)  # Enter: the default button
    settle(qtbot, window.ctx)
    assert message_boxes("refusalBox"), "the empty summary was not refused"
    close_boxes()
    assert call.isVisible()
    assert call.inspector_name.text() == "mevr. A. Hendriks"
    assert call.facts.toPlainText() == "Berichten gedeeld."
    press(qtbot, call.inspector_name, Qt.Key.Key_Escape)  # asked, answered no: still there
    assert call.isVisible() and call.inspector_name.text() == "mevr. A. Hendriks"
    monkeypatch.setattr(errors, "ask", lambda *args: True)
    call.reject()


def test_wheel_over_an_unfocused_box_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentIndex(2)
    combo = next(iter(page.policy_combos.values()))
    before_combo = combo.currentIndex()
    before_spin = page.months.value()
    window.navigation.setFocus()
    for widget in (combo, page.months):
        assert not widget.hasFocus()
        event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))),
                            QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)
    assert combo.currentIndex() == before_combo and page.months.value() == before_spin
    assert not page.has_unsaved_changes()
    # Focused (clicked or tabbed into), the wheel works as usual.
    page.months.setFocus()
    qtbot.waitUntil(page.months.hasFocus, timeout=2000)
    event = QWheelEvent(QPointF(5, 5), QPointF(page.months.mapToGlobal(QPoint(5, 5))),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(page.months, event)
    assert page.months.value() != before_spin
    for box in page.findChildren(QComboBox) + page.findChildren(QSpinBox):
        assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus


def test_leaving_settings_with_unsaved_changes_asks(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    answers: list[bool] = [False]
    monkeypatch.setattr(errors, "ask", lambda *args: answers[0])
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    settle(qtbot, window.ctx)
    page.tabs.setCurrentIndex(1)
    signatory = page.school_edits["signatory_name"]
    signatory.selectAll()
    qtbot.keyClicks(signatory, "Henk Visser")
    window.activateWindow()
    press(qtbot, window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page and signatory.text() == "Henk Visser"
    window.refresh()  # F5 does not wipe what is being typed
    settle(qtbot, window.ctx)
    assert signatory.text() == "Henk Visser"
    answers[0] = True  # discard
    window.show_page("dashboard")
    assert window.current_page().key == "dashboard"
    window.show_page("settings")
    settle(qtbot, window.ctx)
    assert page.school_edits["signatory_name"].text() != "Henk Visser"


def test_school_added_and_corrected_in_settings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import board

    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    settle(qtbot, window.ctx)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_school_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    edits = page.school_edits
    qtbot.keyClicks(edits["name"], "De Regenboog")
    qtbot.keyClicks(edits["brin"], "12rb")
    qtbot.keyClicks(edits["address"], "Beukenlaan 3, 3811 AB Amersfoort")
    qtbot.keyClicks(edits["signatory_name"], "Karin Smit")
    qtbot.mouseClick(page.school_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    infos = message_boxes("infoBox")
    assert infos and "De Regenboog" in infos[0].text()
    close_boxes()
    schools = board.list_schools(window.ctx.db, window.ctx.actor)
    added = next(s for s in schools if s.name == "De Regenboog")
    assert added.brin == "12RB" and added.signatory_name == "Karin Smit"
    # Correct the BRIN code and the signatory of the school just added.
    assert page.school_list.currentItem().text() == "De Regenboog (12RB)"
    edits["brin"].selectAll()
    qtbot.keyClicks(edits["brin"], "12RC")
    edits["signatory_name"].selectAll()
    qtbot.keyClicks(edits["signatory_name"], "K. Smit-de Vries")
    qtbot.mouseClick(page.school_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    close_boxes()
    fixed = next(s for s in board.list_schools(window.ctx.db, window.ctx.actor) if s.id == added.id)
    assert (fixed.brin, fixed.signatory_name) == ("12RC", "K. Smit-de Vries")
    assert not page.has_unsaved_changes()


def test_qt_dialogs_and_title_follow_the_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def buttons() -> list[str]:
        box = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel)
        texts = sorted(b.text().replace("&", "") for b in box.buttons())
        box.deleteLater()
        return texts

    assert buttons() == ["Annuleren", "Ja", "Nee"]
    assert "Casemanager Sociale Media" in QApplication.applicationDisplayName()
    i18n.set_language("en")
    try:
        assert buttons() == ["Cancel", "No", "Yes"]
        assert QApplication.applicationDisplayName() == "Casemanager Social Media"
        assert "Sociale" not in window.windowTitle()
    finally:
        i18n.set_language("nl")


def test_every_settings_label_in_english(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from resources.translations.phrasebook_en import EN

    page = window.show_page("settings")
    # A word spelt alike in both ('Database') may have its Alt+letter elsewhere in English.
    dutch_only = {nl.replace("&", "") for nl, en in EN.items()
                  if nl.replace("&", "") != en.replace("&", "")}
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: page.title() != "Instellingen", timeout=3000)
        QApplication.processEvents()
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
        texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        shown = [t.replace("&", "") for t in texts if t.strip()]
        assert shown
        left = [t for t in shown if t in dutch_only]
        assert not left, left
        assert not [t for t in shown if "_" in t], shown
    finally:
        i18n.set_language("nl")


def test_f1_opens_the_guide_with_its_pictures(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from ui.dialogs.help import HelpWindow

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    press(qtbot, window.navigation, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, HelpWindow) and w.isVisible()]
    assert len(guides) == 1, "F1 did not open the guide"
    guide = guides[0]
    text = guide.browser.toPlainText()
    assert "Handleiding" in text and "Ctrl+N" in text and "Archiveren in dossier" in text
    html = guide.browser.toHtml()
    pictures = re.findall(r'src="([^"]+\.png)"', html)
    assert len(pictures) >= 6
    document = guide.browser.document()
    for picture in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(picture))
        assert image is not None and not image.isNull(), picture
    # The same from the menu, and in English after switching the language.
    assert window.help_action in window.help_menu.actions()
    assert window.help_action.text().replace("&", "") == "Handleiding"
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: "user guide" in guide.browser.toPlainText(), timeout=3000)
        assert guide.windowTitle() != "Handleiding"
        window.help_action.trigger()
        assert guide.isVisible()
    finally:
        i18n.set_language("nl")
    press(qtbot, guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
