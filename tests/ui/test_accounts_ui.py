"""Accounts in the GUI: the idle lock keeps open work, the own password changes, and the
administrator's Instellingen › Accounts adds, changes, resets and (de)activates accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget

from desktop_app.services import accounts, audit
from tests.conftest import PASSWORD
from ui.dialogs.password import ChangePasswordDialog
from ui.idle_lock import Cover, UnlockDialog
from ui.main_window import MainWindow
from ui.pages.people import PersonDialog
from ui.pages.settings import SettingsPage
from ui.pages.settings_accounts import AccountDialog, AccountsTab, ResetPasswordDialog
from ui.widgets import set_combo_data

from .conftest import message_boxes, settle


def sign_in_password(window: MainWindow) -> None:
    ctx = window.ctx
    accounts.reset_password(ctx.db, ctx.actor, ctx.actor.username, PASSWORD)


def ok(dialog: QDialogButtonBox) -> None:  # the OK (or Save) button of a button box
    button = dialog.button(QDialogButtonBox.StandardButton.Ok) or dialog.button(
        QDialogButtonBox.StandardButton.Save)
    button.click()


def test_idle_lock_covers_the_windows_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    sign_in_password(window)
    ctx = window.ctx
    assert window.idle_lock.timer.isActive()
    assert window.idle_lock.timer.interval() == 10 * 60_000  # the default: 10 minutes
    window.show_page("people")
    settle(qtbot, ctx)
    person = window.current_page().add_person()  # type: ignore[attr-defined]
    assert isinstance(person, PersonDialog)
    qtbot.keyClicks(person.first, "Half getypt")
    window.idle_lock.timer.timeout.emit()  # ten idle minutes
    unlock = window.idle_lock.dialog
    assert isinstance(unlock, UnlockDialog) and unlock.isVisible()
    assert unlock.username.text() == ctx.actor.username and unlock.username.isReadOnly()
    covers = [c for c in window.findChildren(Cover)] + person.findChildren(Cover)
    assert len(covers) >= 2 and all(c.isVisible() for c in covers)
    qtbot.keyClicks(unlock.password, "verkeerd-wachtwoord")
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert unlock.isVisible() and "onjuist" in unlock.problem.text()
    qtbot.keyClicks(unlock.password, PASSWORD)
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    QApplication.processEvents()
    assert window.idle_lock.dialog is None and not window.findChildren(Cover)
    assert person.isVisible() and person.first.text() == "Half getypt"  # nothing was lost
    assert window.idle_lock.timer.isActive()
    person.first.clear()
    person.reject()


def test_idle_minutes_are_a_setting(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.idle_minutes.setValue(3)
    assert window.ctx.settings.idle_lock_minutes == 3
    assert window.idle_lock.timer.interval() == 3 * 60_000
    page.idle_minutes.setValue(10)


def test_change_own_password(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sign_in_password(window)
    ctx = window.ctx
    dialog = window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.old, PASSWORD)
    qtbot.keyClicks(dialog.new, "kort")
    qtbot.keyClicks(dialog.again, "kort")
    ok(dialog.buttons)
    settle(qtbot, ctx)
    assert dialog.isVisible() and message_boxes("refusalBox")  # 12 characters at least
    for box in message_boxes():
        box.close()
    new = "een-nieuw-wachtwoord-2026"
    for edit in (dialog.new, dialog.again):
        edit.clear()
        qtbot.keyClicks(edit, new)
    ok(dialog.buttons)
    settle(qtbot, ctx)
    assert dialog.changed and not dialog.isVisible()
    assert accounts.check_password(ctx.db, ctx.actor.username, new) is not None
    assert accounts.check_password(ctx.db, ctx.actor.username, PASSWORD) is None


def accounts_tab(qtbot, window: MainWindow) -> AccountsTab:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    tabs = page.findChild(QTabWidget, "settingsTabs")
    tab = page.findChild(AccountsTab)
    assert tabs is not None and tab is not None
    tabs.setCurrentWidget(tab)
    settle(qtbot, window.ctx)
    return tab


def test_administrator_manages_accounts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    tab = accounts_tab(qtbot, window)
    assert [u.username for u in tab.model.rows()] == ["admin"]
    dialog = tab.add()
    assert isinstance(dialog, AccountDialog)
    qtbot.keyClicks(dialog.username, "directeur1")
    qtbot.keyClicks(dialog.display_name, "Anna Vermeulen")
    set_combo_data(dialog.role, "director")
    assert dialog.schools.isEnabled()
    dialog.schools.item(0).setCheckState(Qt.CheckState.Checked)
    school_id = int(dialog.schools.item(0).data(Qt.ItemDataRole.UserRole))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.again, PASSWORD)
    ok(dialog.buttons)
    settle(qtbot, ctx)
    assert dialog.saved is not None and not message_boxes()
    rows = {u.username: u for u in tab.model.rows()}  # the change set reloaded the list
    assert rows["directeur1"].schools == (school_id,) and rows["directeur1"].role == "director"
    director = accounts.login(ctx.db, "directeur1", PASSWORD)
    assert director.schools == frozenset({school_id})

    tab.view.selectRow(next(i for i, u in enumerate(tab.model.rows())
                            if u.username == "directeur1"))
    edit = tab.edit()
    assert isinstance(edit, AccountDialog) and edit.username.isReadOnly()
    set_combo_data(edit.role, "board")
    assert not edit.schools.isEnabled()  # the board sees every school
    ok(edit.buttons)
    settle(qtbot, ctx)
    assert {u.username: u.role for u in tab.model.rows()}["directeur1"] == "board"

    reset = tab.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    qtbot.keyClicks(reset.password, "nieuw-wachtwoord-2026!")
    qtbot.keyClicks(reset.again, "nieuw-wachtwoord-2026!")
    ok(reset.buttons)
    settle(qtbot, ctx)
    assert reset.done_reset
    assert accounts.check_password(ctx.db, "directeur1", "nieuw-wachtwoord-2026!") is not None

    tab.toggle_active()  # deactivate (the question is answered yes in tests)
    settle(qtbot, ctx)
    assert not {u.username: u for u in tab.model.rows()}["directeur1"].active
    assert accounts.check_password(ctx.db, "directeur1", "nieuw-wachtwoord-2026!") is None
    with ctx.db.sessions() as session:
        actions = [e.action for e in audit.list_events(session, limit=50)]
    assert {"user.create", "user.update", "user.password.reset", "user.deactivate"} <= set(
        actions)


def test_only_an_administrator_sees_the_accounts_tab(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    board_account = accounts.create_user(ctx.db, ctx.actor, "bestuur1", "Bestuurder", "board",
                                         PASSWORD)
    assert AccountsTab.allowed(ctx) and not AccountsTab.allowed(
        type(ctx)(ctx.db, board_account, ctx.ops, ctx.bus, ctx.settings))


def test_account_screens_in_english_with_one_alt_letter_each(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    from tests.ui.test_keyboard import assert_unique_mnemonics
    from ui import i18n

    ctx = window.ctx
    sign_in_password(window)
    accounts.create_user(ctx.db, ctx.actor, "oud1", "Oud Account", "board", PASSWORD)
    accounts.set_active(ctx.db, ctx.actor, "oud1", False)
    tab = accounts_tab(qtbot, window)
    tab.view.selectRow(next(i for i, u in enumerate(tab.model.rows()) if u.username == "oud1"))
    assert tab.active_button.text() == "&Inschakelen"
    assert_unique_mnemonics(tab)  # Activate next to Edit: both once an Alt+C in English
    i18n.set_language("en")
    try:
        settle(qtbot, ctx)
        headers = [tab.model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(tab.model.columnCount())]
        assert headers[0] == "Username" and "Status" in headers
        row = next(i for i, u in enumerate(tab.model.rows()) if u.username == "oud1")
        status = tab.model.index(row, headers.index("Status")).data()
        assert status == "deactivated"  # not the Dutch 'uitgeschakeld'
        assert tab.active_button.text() == "A&ctivate"
    finally:
        i18n.set_language("nl")
    for dialog in (tab.add(), tab.reset_password(), window.change_password()):
        assert dialog is not None
        assert_unique_mnemonics(dialog)
        dialog.close()


def test_two_different_new_passwords_are_refused_and_kept(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A typo in the repeated password is caught in both dialogs: nothing changes, the dialog
    stays open with what was typed, and the refusal says the two differ."""
    sign_in_password(window)
    ctx = window.ctx
    own = window.change_password()
    assert isinstance(own, ChangePasswordDialog)
    qtbot.keyClicks(own.old, PASSWORD)
    qtbot.keyClicks(own.new, "een-nieuw-wachtwoord-2026")
    qtbot.keyClicks(own.again, "een-nieuw-wachtwoord-2062")
    ok(own.buttons)
    settle(qtbot, ctx)
    boxes = message_boxes("refusalBox")
    assert own.isVisible() and not own.changed
    assert boxes and "nieuwe wachtwoorden verschillen" in boxes[0].text()
    assert own.again.text() == "een-nieuw-wachtwoord-2062"
    assert accounts.check_password(ctx.db, ctx.actor.username, PASSWORD) is not None
    for box in message_boxes():
        box.close()
    own.reject()

    tab = accounts_tab(qtbot, window)
    tab.view.selectRow(0)
    reset = tab.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    qtbot.keyClicks(reset.password, "nieuw-wachtwoord-2026!")
    qtbot.keyClicks(reset.again, "nieuw-wachtwoord-2026?")
    ok(reset.buttons)
    settle(qtbot, ctx)
    boxes = message_boxes("refusalBox")
    assert reset.isVisible() and not reset.done_reset
    assert boxes and "De twee wachtwoorden verschillen" in boxes[0].text()
    assert accounts.check_password(ctx.db, ctx.actor.username, PASSWORD) is not None
    for box in message_boxes():
        box.close()
    reset.reject()
