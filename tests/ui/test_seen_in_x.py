"""What a person saw in a real X window at 1366x768 (issue 8, the director's story walked with
xdotool), each pressed again here on the real main window so it cannot come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from ui.dialogs.case_view import CaseWindow
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


def _case_keys(case: CaseWindow) -> list[str]:
    """The Alt+letters a person can press in the case window now: the tabs' and those of the
    buttons on the tab shown."""
    from tests.ui.test_keyboard import mnemonic_keys

    keys = mnemonic_keys(case)
    for index in range(case.tabs.count()):
        text = case.tabs.tabText(index).replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    return keys


def test_each_alt_letter_of_the_case_window_does_one_thing(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+B was 'Voorstel berekenen', 'Besluiten…' and the letters tab at once: pressed, it
    only moved the focus, and no proposal was computed."""
    case = window.open_case(15)  # open, no proposal yet
    assert isinstance(case, CaseWindow)
    settle(qtbot, window.ctx)
    for index in range(case.tabs.count()):
        case.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        keys = _case_keys(case)
        assert len(keys) == len(set(keys)), (index, sorted(keys))
    case.tabs.setCurrentIndex(0)
    case.activateWindow()
    qtbot.waitUntil(case.isActiveWindow)
    assert case.detail is not None and case.detail.proposal is None
    qtbot.keyClick(case.focusWidget() or case, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ctx.ops.active > 0 or (
        case.detail is not None and case.detail.proposal is not None), timeout=3000)
    settle(qtbot, window.ctx)
    assert case.detail is not None and case.detail.proposal is not None
    assert "Nog geen voorstel" not in case.proposal_measure.text()
    qtbot.keyClick(case, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the letters tab
    assert case.tabs.currentIndex() == 2
    case.close()


@pytest.mark.parametrize("width", [1100, 1280, 1366])
def test_incident_table_never_scrolls_sideways_as_the_window_opens_on_a_laptop(
        qtbot, window: MainWindow, width: int) -> None:  # type: ignore[no-untyped-def]
    """On a 1366x768 screen the main window opens 1280 px wide (with wider fonts than in
    these tests); the columns were set for 1366 px, so 'Omschrijving' was cut off behind a
    horizontal scroll bar. They now shrink alike with the window."""
    from ui.pages.incidents import IncidentsPage

    window.resize(width, 744)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    settle(qtbot, window.ctx)
    QApplication.processEvents()
    header = page.view.horizontalHeader()
    last = page.model.columnCount() - 1
    used = sum(header.sectionSize(c) for c in range(last + 1))
    assert used <= page.view.viewport().width() + 1, (used, page.view.viewport().width())
    assert page.view.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(last) >= 99


def test_letter_fields_keep_what_is_typed_readable_and_a_dutch_date_is_read(
        qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The next-step letter asked for the hearing's date, time and place in fields 95 px wide
    (the place typed showed as 'n de directeur'); 09-12-2026 was printed as typed."""
    from tests.reports.pdfcheck import reader
    from tests.ui.test_refusal_words import open_new_case
    from ui.dialogs.letter import LetterDialog

    case = open_new_case(qtbot, window, 2, "Plaatste een foto van een collega.")
    case.activateWindow()
    qtbot.waitUntil(case.isActiveWindow)
    qtbot.keyClick(case.focusWidget() or case, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: case.next_step_button.isVisible(), timeout=5000)
    settle(qtbot, window.ctx)
    qtbot.keyClick(case.focusWidget() or case, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(_shown(LetterDialog)), timeout=5000)
    letter = _shown(LetterDialog)[0]
    letter.resize(1060, 720)
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    from tests.ui.conftest import close_boxes

    close_boxes()  # the refusal names the hearing's date, time and place
    typed = {"hearing_date": "09-12-2026", "hearing_time": "10:00",
             "hearing_place": "de kamer van de directeur"}
    for name, edit in letter.field_edits.items():
        text = typed.get(name, "WhatsApp")
        qtbot.keyClicks(edit, text)
        QApplication.processEvents()
        assert edit.fontMetrics().horizontalAdvance(text) < edit.contentsRect().width(), name
    assert letter.field_edits["hearing_date"].placeholderText()
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    from tests.ui.conftest import message_boxes

    assert not message_boxes(), [b.text() for b in message_boxes()]
    text = " ".join(" ".join(p.extract_text().split()) for p in reader(letter.preview.data).pages)
    assert "9 december 2026" in text and "09-12-2026" not in text
    # Alt+A was both 'Archiveren in dossier' and 'Afdrukken…': pressed, it only moved the
    # focus. Every Alt+letter of the letter window now does one thing; Alt+D files it.
    from tests.ui.test_keyboard import mnemonic_keys

    keys = mnemonic_keys(letter)
    assert len(keys) == len(set(keys)), sorted(keys)
    qtbot.keyClicks(letter.registered, "RR123456789NL")
    letter.activateWindow()
    qtbot.waitUntil(letter.isActiveWindow)
    qtbot.keyClick(letter.focusWidget() or letter, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(letter.filed), timeout=5000)
    settle(qtbot, window.ctx)
    assert letter.filed[0].dossier == "personeelsdossier"
    letter.close()
    case.close()


def test_dossier_timeline_shows_every_column_without_scrolling_sideways(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The dossier's timeline showed the date and half a title; the case and dossier columns
    were out of sight behind a horizontal scroll bar."""
    from desktop_app.services import cases, letters
    from ui.pages.dossiers import DossiersPage

    ctx = window.ctx
    warned = next(s for s in cases.list_cases(ctx.db, ctx.actor, status="decided")
                  if s.subject_kind == "staff"
                  and cases.show(ctx.db, ctx.actor, s.id).decision.measure == "warning")  # type: ignore[union-attr]
    letters.generate_letter(ctx.db, ctx.actor, warned.id, "warning")
    window.resize(1280, 744)
    window.activateWindow()
    window.open_person(warned.subject_id)
    settle(qtbot, ctx)
    page = window.current_page()
    assert isinstance(page, DossiersPage)
    QApplication.processEvents()
    view, header = page.view, page.view.horizontalHeader()
    assert page.model.rowCount() >= 1
    assert view.horizontalScrollBar().maximum() == 0
    for column in range(page.model.columnCount()):
        assert header.sectionViewportPosition(column) + 20 < view.viewport().width(), column
    title = page.model.index(0, 1)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data()


def _menu_keys(window: MainWindow) -> list[str]:
    keys = []
    for action in window.menuBar().actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    return keys


# Every page; test_alt_letters walks each settings tab and dialog with the tab bars as well.
PAGES_WITH_ONE_THING_PER_ALT_LETTER = ("dashboard", "incidents", "people", "dossiers",
                                       "inspector", "consent", "audit", "privacy", "settings")


def test_a_page_alt_letter_never_steals_the_menus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+D on the Dossiers page ticked 'Namen van derden weglakken' instead of opening the
    Beeld menu; School, Gesprek, controleren, opheffen and registreren met Help, Ga naar and
    Rapporten the same way. Each page's Alt+letters and the menu's are one set."""
    from tests.ui.test_keyboard import mnemonic_keys

    for page_type in window.page_types:
        if page_type.key not in PAGES_WITH_ONE_THING_PER_ALT_LETTER:
            continue
        page = window.show_page(page_type.key)
        settle(qtbot, window.ctx)
        keys = mnemonic_keys(page) + _menu_keys(window)
        assert len(keys) == len(set(keys)), (page_type.key, sorted(keys))
    page = window.show_page("dossiers")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    assert popup is not None and not page.redact.isChecked()  # type: ignore[attr-defined]
    popup.close()


def test_a_blocked_proposal_is_said_before_deciding(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A parent's moderate incident: the protocol proposed an access ban, the case window
    showed no next step and 'Besluiten…' was only refused afterwards (O4: an earlier written
    warning is needed). The window says so as soon as the proposal is in."""
    from datetime import date

    from desktop_app.domain.severity import Severity
    from desktop_app.services import incidents, people

    ctx = window.ctx
    parent = next(p for p in people.list_people(ctx.db, ctx.actor, kind="parent")
                  if p.sort_name.startswith("Visser"))
    made = incidents.register_incident(
        ctx.db, ctx.actor, school_id=parent.school_id, subjects=[parent.id], rules=["A7"],
        category_code="bullying", occurred_on=date(2026, 11, 20),
        description="Plaatste een beledigende reactie over een leerkracht.",
        axes=Severity(2, 2, 1))
    case = window.open_case(made.cases[0].id)
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    case.activateWindow()
    qtbot.waitUntil(case.isActiveWindow)
    qtbot.keyClick(case.focusWidget() or case, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.proposal is not None,
                    timeout=5000)
    settle(qtbot, ctx)
    assert case.detail is not None and case.detail.proposal is not None
    if case.detail.proposal.measure != "access_ban":
        pytest.skip("the demo's policy proposes no access ban here")
    assert case.next_step_text.isVisible()
    assert "eerdere waarschuwing" in case.next_step_text.text()
    assert "toegangsverbod" in case.next_step_text.text()
    assert not case.next_step_button.isVisible()
    case.close()


def test_dashboard_deadlines_keep_the_rule_column_in_sight(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px the dashboard's deadline table scrolled sideways and cut off 'Regel'."""
    from ui.pages.dashboard import DashboardPage

    window.resize(1100, 744)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(qtbot, window.ctx)
    QApplication.processEvents()
    view, header = page.deadline_view, page.deadline_view.horizontalHeader()
    assert page.deadline_model.rowCount() >= 1
    assert view.horizontalScrollBar().maximum() == 0
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + 20 < view.viewport().width()
    task = page.deadline_model.index(0, 3)
    assert task.data().split(": ", 1)[-1] in task.data(Qt.ItemDataRole.ToolTipRole)  # whole





def test_settings_tabs_and_general_tab_leave_the_menus_their_letters(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """On Settings, Alt+B and Alt+D went to the tabs 'Bestuur en scholen' and 'Database' and
    to 'Demobestuur laden' instead of the Bestand and Beeld menus. The tab bar, the General
    tab and the menu now have one letter each (the other tabs' forms are not done yet)."""
    from tests.ui.test_keyboard import mnemonic_keys

    page = window.show_page("settings")
    settle(qtbot, window.ctx)
    tabs = page.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(0)
    QApplication.processEvents()
    keys = mnemonic_keys(tabs.widget(0)) + _menu_keys(window)
    for index in range(tabs.count()):
        text = tabs.tabText(index).replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    assert len(keys) == len(set(keys)), sorted(keys)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    assert popup is not None and tabs.currentIndex() == 0
    popup.close()
