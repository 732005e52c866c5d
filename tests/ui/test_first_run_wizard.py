"""The first-run wizard as a newcomer meets it: typed with the keyboard, Volgende and Vorige
clicked, what the screen says read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from desktop_app.services import accounts, board, demo
from desktop_app.services.database import Database
from tests.conftest import NOW
from tests.ui.conftest import close_boxes, message_boxes
from ui.dialogs.first_run import FirstRunWizard
from ui.settings import UiSettings


@pytest.fixture
def wizard(qtbot, tmp_path: Path, new_db_url):  # type: ignore[no-untyped-def]
    db = Database(new_db_url("new.sqlite3"), clock=lambda: NOW)
    settings = UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    shown = FirstRunWizard(db, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    db.dispose()


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_wizard_story_by_keyboard_and_buttons(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the board's name is required
    qtbot.keyClicks(wizard.board_name, "Stichting Eemland Onderwijs")
    assert next_button.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.school_page

    qtbot.keyClicks(wizard.school_name, "OBS De Linde")
    qtbot.keyClicks(wizard.brin, "1234")
    qtbot.keyClicks(wizard.director, "Marieke de Wit")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # A BRIN code is checked on its own page, where it was typed.
    refusals = message_boxes("refusalBox")
    assert refusals and "BRIN" in refusals[0].text()
    assert wizard.currentPage() is wizard.school_page
    close_boxes()
    wizard.brin.selectAll()
    qtbot.keyClicks(wizard.brin, "21ln")  # the same code as a demo school
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert wizard.currentPage() is wizard.account_page

    # The pre-filled user name counts: Volgende works once the name is typed.
    assert wizard.username.text() == "admin"
    qtbot.keyClicks(wizard.display_name, "Marieke de Wit")
    assert not next_button.isEnabled()  # the administrator's password is required too
    qtbot.keyClicks(wizard.password, "een lang wachtwoord")
    assert next_button.isEnabled()
    # Vorige keeps what was typed on every page.
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is wizard.school_page
    assert (wizard.school_name.text(), wizard.brin.text(), wizard.director.text()) == (
        "OBS De Linde", "21LN", "Marieke de Wit")
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.board_name.text() == "Stichting Eemland Onderwijs"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.display_name.text() == "Marieke de Wit"
    assert wizard.password.text() == "een lang wachtwoord"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.demo_page

    # The demo offer says what the demo loads.
    contents = demo.DEMO_CONTENTS
    text = wizard.load_demo.text()
    assert f"{contents.schools} fictieve scholen" in text
    assert f"{contents.people} personen" in text and f"{contents.incidents} incidenten" in text
    emitted: list[tuple[object, bool]] = []
    wizard.finished_setup.connect(lambda actor, load: emitted.append((actor, load)))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)  # the account is made in an op
    qtbot.waitUntil(lambda: bool(emitted), timeout=20000)
    assert emitted and emitted[0][1] is True
    db = wizard.db
    actor = accounts.actor_for(db, "admin")
    assert [s.brin for s in board.list_schools(db, actor)] == ["21LN"]
    # The demo loads beside the board's own school with a demo school's BRIN code.
    summary = demo.load_demo(db, actor)
    assert summary == contents
    assert len(board.list_schools(db, actor)) == 3


def test_alt_letters_move_the_wizard_forward_and_back(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    """Seen in a real X window: Volgende and Vorige both had Alt+V, so on the second page
    Alt+V only moved the focus between the two buttons and the wizard stayed put."""
    from tests.ui.test_keyboard import mnemonic_keys

    def alt(letter: Qt.Key, then: object) -> None:
        """Alt+letter; the button it presses clicks itself a moment later (animateClick)."""
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        qtbot.keyClick(wizard.focusWidget() or wizard, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: wizard.currentPage() is then, timeout=3000)

    qtbot.keyClicks(wizard.board_name, "Stichting Eemland Onderwijs")
    alt(Qt.Key.Key_V, wizard.school_page)
    keys = mnemonic_keys(wizard)
    assert len(keys) == len(set(keys)), sorted(keys)
    qtbot.keyClicks(wizard.school_name, "OBS De Linde")
    qtbot.keyClicks(wizard.brin, "21LN")
    alt(Qt.Key.Key_V, wizard.account_page)
    keys = mnemonic_keys(wizard)
    assert len(keys) == len(set(keys)), sorted(keys)
    alt(Qt.Key.Key_O, wizard.school_page)
    assert wizard.school_name.text() == "OBS De Linde"
