"""The director's whole story pressed key by key on the real windows, in Dutch and in English
(issue 8, "Done when"): wizard → demo → Ctrl+N incident → proposal → the next-step button →
decision → letter → print → dossier. After every step, everything the screen shows is read
back from the widgets and may hold no CLI flag, no snake_case word and no code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop_app.services import people
from desktop_app.services.database import Database
from tests.conftest import NOW
from tests.ui.conftest import close_boxes, message_boxes, settle
from tests.ui.test_refusal_words import clean
from ui import i18n, printing
from ui.app import Launcher
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.decision import DecisionDialog
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.incident_editor import IncidentEditor
from ui.dialogs.letter import LetterDialog
from ui.dialogs.step import StepDialog
from ui.main_window import MainWindow
from ui.pages.dossiers import DossiersPage
from ui.settings import UiSettings
from ui.widgets import set_combo_data

TAGS = re.compile(r"<[^>]+>")


def shown_texts() -> list[str]:
    """Every text a person can read in the visible windows (labels, buttons, titles, lists,
    tables, combo boxes)."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel):
                texts.append(TAGS.sub(" ", widget.text()))
            elif isinstance(widget, QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
            elif isinstance(widget, QComboBox):
                texts.append(widget.currentText())
            elif isinstance(widget, QTabWidget):
                texts += [widget.tabText(i) for i in range(widget.count())]
            elif isinstance(widget, QListWidget):
                texts += [widget.item(i).text() for i in range(widget.count())]
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(min(model.rowCount(), 30)):
                    for column in range(model.columnCount()):
                        texts.append(str(model.index(row, column).data() or ""))
                for column in range(model.columnCount()):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return [t for t in texts if t and t.strip()]


def assert_screen_words(where: str) -> None:
    """No flag, no snake_case word, no code anywhere on screen."""
    QApplication.processEvents()
    bad = {t: clean(t) for t in shown_texts() if clean(t)}
    assert not bad, f"{where}: {bad}"


def key(qtbot, widget: QWidget, which: Qt.Key,  # type: ignore[no-untyped-def]
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.keyClick(widget, which, modifier)
    QApplication.processEvents()


RUNNING: list = []  # type: ignore[type-arg]  # the AppContext once the main window is up
LAUNCHERS: list[Launcher] = []


def press_button(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """A button pressed from the keyboard: focused, then the space bar; what it started in
    the background is waited for."""
    assert button.isVisible() and button.isEnabled(), button.text()
    key(qtbot, button, Qt.Key.Key_Space)
    if RUNNING:
        settle(qtbot, RUNNING[0])


def top(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def fill_missing(qtbot, letter: LetterDialog) -> None:  # type: ignore[no-untyped-def]
    """The letter said what it lacks: type it in the fields it put in the dialog."""
    values = {"date": "2026-12-01", "time": "10:00"}
    for name, edit in letter.field_edits.items():
        if not edit.text():
            kind = next((v for k, v in values.items() if name.endswith(k)), "")
            qtbot.keyClicks(edit, kind or "in de kamer van de directeur")


def preview_and_file(qtbot, letter: LetterDialog, ctx) -> None:  # type: ignore[no-untyped-def]
    press_button(qtbot, letter.preview_button)
    settle(qtbot, ctx)
    refusals = message_boxes("refusalBox")
    if refusals:
        assert_screen_words("letter refused")
        close_boxes()
        assert letter.field_edits, "the refusal named no field to fill in"
        assert letter.focusWidget() in letter.field_edits.values()  # the cursor waits there
        fill_missing(qtbot, letter)
        press_button(qtbot, letter.preview_button)
        settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert letter.preview.data.startswith(b"%PDF")
    assert_screen_words("letter preview")
    press_button(qtbot, letter.file_button)
    settle(qtbot, ctx)
    refusals = message_boxes("refusalBox")
    if refusals and letter.registered.isVisible():
        # Registered post: the refusal names the number's field and the cursor waits there.
        caption = letter.registered_label.text().replace("&", "").rstrip(": ")
        assert f"‘{caption}’" in refusals[0].text(), refusals[0].text()
        assert_screen_words("filing refused")
        close_boxes()
        assert letter.focusWidget() is letter.registered
        qtbot.keyClicks(letter.registered, "RR123456785NL")
        press_button(qtbot, letter.file_button)
        settle(qtbot, ctx)
    assert not message_boxes("refusalBox"), [b.text() for b in message_boxes()]
    assert letter.filed


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Database, UiSettings]]:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}", clock=lambda: NOW)
    settings = UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    yield db, settings
    db.dispose()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_director_story_by_keyboard(qtbot, fresh, lang: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db, settings = fresh
    i18n.set_language(lang)
    try:
        _story(qtbot, db, settings, tmp_path, monkeypatch, lang)
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not isinstance(widget, MainWindow):
                widget.hide()
        for launcher in LAUNCHERS:
            launcher.ops.wait()
        i18n.set_language("nl")
        RUNNING.clear()


def _story(qtbot, db: Database, settings: UiSettings, tmp_path: Path,  # type: ignore[no-untyped-def]
           monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    # 1. The first-run wizard, typed.
    launcher = Launcher(db, settings)
    LAUNCHERS.append(launcher)  # lives as long as the Qt objects it connected
    windows: list[MainWindow] = []
    launcher.ready.connect(windows.append)
    launcher.launch()  # asks the database off the GUI thread whether it is new
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=20000)
    wizard = launcher.wizard
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    assert_screen_words("wizard")
    qtbot.keyClicks(wizard.board_name, "Stichting Eemland Onderwijs")
    key(qtbot, wizard.board_name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.school_page
    qtbot.keyClicks(wizard.school_name, "OBS Het Anker")
    qtbot.keyClicks(wizard.brin, "12AB")
    qtbot.keyClicks(wizard.director, "Marieke de Wit")
    key(qtbot, wizard.director, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.account_page, [b.text() for b in message_boxes()]
    qtbot.keyClicks(wizard.display_name, "Marieke de Wit")
    qtbot.keyClicks(wizard.password, "een lang wachtwoord")
    key(qtbot, wizard.password, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.demo_page
    assert wizard.load_demo.isChecked()
    assert_screen_words("wizard demo page")
    wizard.button(QWizard.WizardButton.FinishButton).click()  # Return on a check box toggles it

    # 2. The main window with the demo board.
    qtbot.waitUntil(lambda: bool(windows), timeout=10000)
    window = windows[0]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    ctx = window.ctx
    RUNNING[:] = [ctx]
    # Loading the demo board is the one long step (a busy machine may need a minute).
    qtbot.waitUntil(lambda: ctx.ops.active == 0, timeout=180000)
    settle(qtbot, ctx)
    jan = next(p for p in people.list_people(ctx.db, ctx.actor, kind="staff", search="Berg"))
    assert_screen_words("main window with the demo")

    # 3. Ctrl+N: a new incident about Jan, level 2 (the protocol proposes a reprimand).
    key(qtbot, window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = top(IncidentEditor)
    assert len(editors) == 1
    editor = editors[0]
    settle(qtbot, ctx)  # the editor fills its lists off the GUI thread
    set_combo_data(editor.school, jan.school_id)
    settle(qtbot, ctx)
    assert editor.person_pick.findData(jan.id) >= 0
    editor.person_pick.setCurrentIndex(editor.person_pick.findData(jan.id))
    set_combo_data(editor.role_pick, "subject")
    press_button(qtbot, editor.add_person_button)
    editor.check_rule("C4")
    set_combo_data(editor.category, "discrediting")
    for combo in editor.axes.values():
        set_combo_data(combo, 2)
    qtbot.keyClicks(editor.description, "Plaatste herhaald kritiek op collega's op Instagram.")
    assert_screen_words("incident editor")
    press_button(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    cases = top(CaseWindow)
    assert len(cases) == 1
    case = cases[0]
    qtbot.waitExposed(case)

    # 4. The proposal, then the next step the rules ask: an intention letter first.
    press_button(qtbot, case.propose_button)
    assert case.done_line.text().startswith("✓")  # a successful action says so
    assert case.detail is not None and case.detail.proposal is not None
    assert case.detail.proposal.measure == "reprimand"
    assert case.next_step_button.isVisible()
    weeks = "3 weken voor een zienswijze" if lang == "nl" else "3 weeks to respond"
    assert weeks in case.next_step_text.text()
    case.tabs.setCurrentIndex(1)
    first_due = case.due_list.item(0).text()
    assert "Niets meer te doen" not in first_due and "Nothing" not in first_due
    case.tabs.setCurrentIndex(0)
    assert_screen_words("case with its next step")
    press_button(qtbot, case.next_step_button)
    letters = top(LetterDialog)
    assert len(letters) == 1 and letters[0].current_code() == "reprimand_intention"
    letter = letters[0]
    preview_and_file(qtbot, letter, ctx)
    letter.close()
    settle(qtbot, ctx)
    case.reload()
    assert [s.kind for s in case.detail.steps] == ["intention"]  # filing recorded the step

    # 5. The employee's response: the next-step button records it.
    assert case.next_step_button.isVisible()
    press_button(qtbot, case.next_step_button)
    steps = top(StepDialog)
    assert len(steps) == 1 and steps[0].kind.currentData() == "response"
    step = steps[0]
    offered = {step.kind.itemData(i) for i in range(step.kind.count())}
    assert "receiving_school" not in offered and "gpo" not in offered  # a staff member's steps
    qtbot.keyClicks(step.note, "Jan betreurt de berichten.")
    assert_screen_words("step dialog")
    key(qtbot, step.on, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert case.done_line.text().startswith("✓")
    case.reload()
    assert not case.next_step_button.isVisible()  # nothing stands in the way of the decision

    # 6. The decision, by keyboard.
    press_button(qtbot, case.decide_button)
    dialogs = top(DecisionDialog)
    assert len(dialogs) == 1
    assert dialogs[0].measure.currentData() == "reprimand"
    assert_screen_words("decision dialog")
    key(qtbot, dialogs[0].measure, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert case.detail.decision is not None and case.detail.decision.measure == "reprimand"
    assert case.done_line.text().startswith("✓")
    assert_screen_words("decided case")

    # 7. The decision letter, from the next-step button (the engine's first task after the
    # decision): previewed, filed, printed (to a PDF printer, in the background).
    case.tabs.setCurrentIndex(0)
    assert case.next_step_button.isVisible()
    press_button(qtbot, case.next_step_button)
    letters = top(LetterDialog)
    assert len(letters) == 1 and letters[0].current_code() == "reprimand"
    letter = letters[0]
    preview_and_file(qtbot, letter, ctx)
    printed: list[int] = []
    target = tmp_path / f"printed-{i18n.language()}.pdf"

    def to_file(parent, ops, data, title, done):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setResolution(150)
        printing.start_printing(parent, ops, data, printer, lambda pages: (printed.append(pages),
                                                                           done(pages)))
        return printer

    monkeypatch.setattr("ui.dialogs.letter.print_pdf", to_file)
    press_button(qtbot, letter.print_button)
    qtbot.waitUntil(lambda: bool(printed), timeout=60000)
    assert printed[0] >= 1 and target.read_bytes().startswith(b"%PDF")
    if i18n.language() == "nl":  # printing says so (the English arrives with the catalogue)
        assert letter.status.text() == f"Afgedrukt: {printed[0]} pagina('s)."
    letter.close()
    settle(qtbot, ctx)
    case.reload()
    assert "letter_sent" in [s.kind for s in case.detail.steps]
    assert not case.next_step_button.isVisible()  # the school's tasks are done

    # 8. The personnel dossier holds both letters.
    window.open_person(jan.id)
    settle(qtbot, ctx)
    page = window.current_page()
    assert isinstance(page, DossiersPage)
    titles = [d.title for d in page.model.rows()]
    assert any(t.startswith("Voornemen schriftelijke berisping") for t in titles), titles
    assert any(t.startswith("Schriftelijke berisping") or "berisping aan" in t
               for t in titles if not t.startswith("Voornemen")), titles
    case.close()
    assert_screen_words("dossier")
