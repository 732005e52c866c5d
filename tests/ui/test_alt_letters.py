"""Every Alt+letter a person can press does one thing (issue 8, shortcuts and menus).

A letter used twice among what is reachable at once (the main window's menus, the tab bars
shown and the visible, enabled labels, buttons and group boxes) only moves the focus between
the two when pressed, so the field or the menu the person wanted is never reached. This walks
every main page, every settings tab, the case window's tabs and the dialogs the main window and
the case window open without typing anything, in Dutch and in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from desktop_app.services.database import Database
from tests.conftest import NOW
from tests.ui.conftest import close_boxes, settle
from ui import i18n
from ui.dialogs.case_view import CaseWindow
from ui.main_window import MainWindow
from ui.settings import UiSettings

pytestmark = pytest.mark.gui


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    if "&" not in text or text.index("&") + 1 >= len(text):
        return None
    return text[text.index("&") + 1].lower()


def reachable_letters(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every Alt+letter reachable at once in the window `top`: its menu
    bar's menus, the tabs of the tab bars shown, and the visible, enabled labels with a buddy,
    buttons and group boxes."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        key = _letter(text)
        if key is not None:
            found.append((key, text))

    if isinstance(top, QMainWindow) and top.menuWidget() is not None:
        for action in top.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text())
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top) or not widget.isEnabledTo(
                top):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(
                widget, QAbstractButton):
            add(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    add(widget.tabText(index))
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for key, text in reachable_letters(top):
        by_key.setdefault(key, []).append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def assert_one_thing_per_letter(top: QWidget) -> None:
    """No Alt+letter reachable in `top` now goes to two places, in Dutch and in English (a
    label may go without one where the letters run out)."""
    for language in _languages():
        assert not clashes(top), (language, clashes(top))


def _languages() -> Iterator[str]:
    try:
        for language in ("nl", "en"):
            i18n.set_language(language)
            QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            QApplication.processEvents()
            yield language
    finally:
        i18n.set_language("nl")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_every_alt_letter_reachable_at_once_does_one_thing(
        qtbot, window: MainWindow, tmp_path: Path, new_db_url) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.consent import Choice
    from desktop_app.services import accounts
    from tests.ui.test_consent_page import DAAN, _choose_person
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.backup import MAKE, RESTORE, BackupDialog
    from ui.dialogs.decision import DecisionDialog
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.hearing import HearingDialog
    from ui.dialogs.import_people import ImportDialog
    from ui.dialogs.incident_editor import IncidentEditor
    from ui.dialogs.letter import LetterDialog
    from ui.dialogs.login import LoginDialog
    from ui.dialogs.password import ChangePasswordDialog
    from ui.dialogs.police import PoliceReportDialog
    from ui.dialogs.procedures_dialog import ProceduresDialog
    from ui.dialogs.step import StepDialog
    from ui.pages.consent import ConsentPage
    from ui.pages.inspector import CallDialog, InformDialog
    from ui.pages.people import PersonDialog
    from ui.pages.privacy import hold_dialog
    from ui.pages.settings_accounts import AccountDialog, ResetPasswordDialog

    ctx = window.ctx
    found: list[tuple[str, str, dict[str, list[str]]]] = []

    def check(language: str, where: str, top: QWidget) -> None:
        settle(qtbot, ctx)
        QApplication.processEvents()
        seen = clashes(top)
        if seen:
            found.append((language, where, seen))

    def each_tab(language: str, where: str, top: QWidget, tabs) -> None:  # type: ignore[no-untyped-def]
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            check(language, f"{where} › {tabs.tabText(index)}", top)
        tabs.setCurrentIndex(0)

    def dialog(language: str, where: str, make: Callable[[], QDialog]) -> None:
        shown = make()
        shown.show()
        qtbot.waitExposed(shown)
        check(language, where, shown)
        if hasattr(shown, "tabs"):
            each_tab(language, where, shown, shown.tabs)
        kinds = getattr(shown, "kind", None)  # a letter's or a step's kind shows its own fields
        if isinstance(kinds, QComboBox):
            for index in range(kinds.count()):
                kinds.setCurrentIndex(index)
                check(language, f"{where} › {kinds.itemText(index)}", shown)
        shown.done(0)
        close_boxes()

    case = window.open_case(10)  # Milan Visser: a pupil's decided suspension
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    assert case.detail is not None
    open_case = window.open_case(15)  # Lotte Meijer: open, no proposal yet
    assert isinstance(open_case, CaseWindow)
    settle(qtbot, ctx)
    assert open_case.detail is not None
    consent_page = window.show_page("consent")
    assert isinstance(consent_page, ConsentPage)
    _choose_person(qtbot, consent_page, ctx, DAAN)  # a pupil with two parents who decide
    window.activateWindow()
    user = next(u for u in accounts.list_users(ctx.db, ctx.actor) if u.username == "admin")

    db = Database(new_db_url("new.sqlite3"), clock=lambda: NOW)
    settings = UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))

    for language in _languages():
        for page_type in window.page_types:
            page = window.show_page(page_type.key)
            check(language, page_type.key, window)
            if page_type.key == "settings":
                each_tab(language, "settings", window, page.tabs)  # type: ignore[attr-defined]
                # A new school's form, and the server's fields once the server is chosen.
                page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
                page.add_school_button.click()  # type: ignore[attr-defined]
                check(language, "settings › new school", window)
                page.tabs.setCurrentWidget(page.database_tab)  # type: ignore[attr-defined]
                page.database_tab.server.click()  # type: ignore[attr-defined]
                check(language, "settings › database server", window)
                page.database_tab.embedded.click()  # type: ignore[attr-defined]
                page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        for shown in (case, open_case):
            each_tab(language, f"case {shown.case_id}", shown, shown.tabs)
        window.show_page("consent")
        for choice in Choice:
            dialog(language, f"consent › {choice.value}",
                   lambda c=choice.value: consent_page.record(c))  # type: ignore[misc, return-value]
        help_window = window.show_help()
        check(language, "help", help_window)
        help_window.close()
        dialog(language, "incident editor", lambda: IncidentEditor(ctx, window))
        dialog(language, "person editor", lambda: PersonDialog(ctx, window))
        dialog(language, "letter", lambda: LetterDialog(ctx, case.detail, case))  # type: ignore[arg-type]
        dialog(language, "decision", lambda: DecisionDialog(ctx, case.detail, case))  # type: ignore[arg-type]
        # Without a case's list of steps the dialog offers every step, each with its fields.
        dialog(language, "step", lambda: StepDialog(
            ctx, case.case_id, case.detail.summary.reference, None, case))  # type: ignore[union-attr]
        dialog(language, "hearing", lambda: HearingDialog(ctx, case.detail, case))  # type: ignore[arg-type]
        dialog(language, "police", lambda: PoliceReportDialog(
            ctx, case.case_id, case.detail.summary.reference, case))  # type: ignore[union-attr]
        dialog(language, "procedures", lambda: ProceduresDialog(ctx, case.detail, case))  # type: ignore[arg-type]
        dialog(language, "inform inspector", lambda: InformDialog(ctx, case.case_id, window))
        dialog(language, "call inspector", lambda: CallDialog(ctx, case.case_id, window))
        dialog(language, "login", lambda: LoginDialog(ctx.db, "admin", window))
        dialog(language, "password", lambda: ChangePasswordDialog(ctx, window))
        dialog(language, "account", lambda: AccountDialog(ctx, [], None, window))
        dialog(language, "import", lambda: ImportDialog(ctx, window))
        dialog(language, "backup", lambda: BackupDialog(ctx, MAKE, window))
        dialog(language, "restore", lambda: BackupDialog(ctx, RESTORE, window))
        dialog(language, "about", lambda: AboutDialog(window))
        dialog(language, "legal hold", lambda: hold_dialog(window, "Milan Visser"))
        dialog(language, "reset password", lambda: ResetPasswordDialog(ctx, user, window))
        wizard = FirstRunWizard(db, settings)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        for page_id in wizard.pageIds():
            wizard.setStartId(page_id)
            wizard.restart()
            QApplication.processEvents()
            check(language, f"wizard › {wizard.currentPage().title()}", wizard)
        wizard.done(0)
    case.close()
    open_case.close()
    db.dispose()
    assert not found, "\n".join(f"{language} {where}: {seen}" for language, where, seen in found)
