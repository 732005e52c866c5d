"""Instellingen › Accounts (administrator only): list accounts, add one, change its name, role
and schools, reset its password, (de)activate it. Every call runs in an op; the change set
(Kind.ACCOUNT) reloads the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import ALL_SCHOOLS, ROLE_LABELS, Role
from desktop_app.services import accounts, board
from desktop_app.services.changes import Changes, Kind
from desktop_app.services.dto import SchoolInfo, UserInfo

from .. import errors, i18n
from ..context import AppContext
from ..dialogs.password import PasswordDialog, password_field, refuse_different
from ..guard import GuardedDialog
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..style import DANGER, icon
from ..widgets import SELECTION_BOUND, label, labelled_form, ok_cancel, set_combo_data, setup_table


def account_role_label(code: str) -> str:
    """The role's name in the UI language (domain.access.ROLE_LABELS, one definition)."""
    try:
        return i18n.pick(*ROLE_LABELS[Role(code)])
    except ValueError:
        return code


def account_columns(schools: dict[int, str]) -> list[Column[UserInfo]]:
    # Written out with its context so that pyside6-lupdate files it under "AccountsTab".
    translate = QCoreApplication.translate

    def status(u: UserInfo) -> str:
        if not u.active:
            return translate("AccountsTab", "uitgeschakeld")
        if u.locked_until is not None:
            return translate("AccountsTab", "geblokkeerd tot {time}").format(
                time=f"{u.locked_until:%d-%m-%Y %H:%M}")
        return translate("AccountsTab", "actief")

    return [
        Column(lambda: translate("AccountsTab", "Gebruikersnaam"), lambda u: u.username),
        Column(lambda: translate("AccountsTab", "Naam"), lambda u: u.display_name),
        Column(lambda: translate("AccountsTab", "Rol"), lambda u: account_role_label(u.role)),
        Column(lambda: translate("AccountsTab", "Scholen"),
               lambda u: translate("AccountsTab", "alle scholen") if Role(u.role) in ALL_SCHOOLS
               else ", ".join(schools.get(s, str(s)) for s in u.schools)),
        Column(lambda: translate("AccountsTab", "Status"), status),
    ]


class AccountsTab(QWidget):
    """The accounts of this installation; only an administrator sees the tab."""

    @staticmethod
    def allowed(ctx: AppContext) -> bool:
        return ctx.actor.role is Role.ADMINISTRATOR

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("AccountsTab", "A&ccounts")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("accountsTab")
        self.school_names: dict[int, str] = {}
        self.schools: list[SchoolInfo] = []
        self.intro = label("muted", wrap=True)
        self.model: ListTableModel[UserInfo] = ListTableModel(
            account_columns(self.school_names), lambda u: u.id,
            highlight=lambda u: None if u.active else DANGER, parent=self)
        self.view = QTableView()
        self.view.setObjectName("accountsView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _: self.edit())
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit())
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setProperty(SELECTION_BOUND, True)  # enabled once an account is chosen
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        ctx.bus.applied.connect(self._on_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Wie met Casemanager werkt, en met welke rol. Een directeur of alleen-lezen-account "
            "ziet alleen de scholen die hier zijn gekozen. Een account verwijdert u niet: u "
            "schakelt het uit, zodat de audittrail de naam houdt."))
        self.add_button.setText(self.tr("Account t&oevoegen…"))
        self.edit_button.setText(self.tr("&Wijzigen…"))
        self.reset_button.setText(self.tr("Wachtwoord &resetten…"))
        self._update_buttons()
        self.model.retranslate()
        tabs = self._tabs()
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def _tabs(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_changed(self, changes: Changes, source: object) -> None:
        if (changes.touches(Kind.ACCOUNT) or changes.touches(Kind.SCHOOL)) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        def work(op: OpContext) -> tuple[list[UserInfo], list[SchoolInfo]]:
            return accounts.list_users(op.db, op.actor), board.list_schools(op.db, op.actor)

        self.ctx.ops.op(work).success(self._show).owner(self).run()

    def _show(self, result: tuple[list[UserInfo], list[SchoolInfo]]) -> None:
        users, self.schools = result
        self.school_names.clear()
        self.school_names.update({s.id: s.name for s in self.schools})
        chosen = self.selected()
        self.model.set_rows(users)
        self.view.resizeColumnsToContents()
        if chosen is not None:
            row = next((i for i, u in enumerate(users) if u.id == chosen.id), -1)
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("&Inschakelen") if user is not None and not user.active
            else self.tr("&Uitschakelen"))

    # --- actions ------------------------------------------------------------------------
    def add(self) -> AccountDialog:
        dialog = AccountDialog(self.ctx, self.schools, None, self)
        dialog.open()
        return dialog

    def edit(self) -> AccountDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = AccountDialog(self.ctx, self.schools, user, self)
        dialog.open()
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, user, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        active = not user.active
        if not active and not errors.ask(self, self.tr("Account uitschakelen"), self.tr(
                "{name} kan dan niet meer inloggen. Doorgaan?").format(name=user.username)):
            return
        username = user.username
        self.ctx.ops.op(lambda op: accounts.set_active(op.db, op.actor, username, active)
                        ).owner(self).run()  # the change set reloads the list


class AccountDialog(GuardedDialog):
    """A new account (with its first password) or an existing one's name, role and schools."""

    def __init__(self, ctx: AppContext, schools: list[SchoolInfo], user: UserInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.saved: UserInfo | None = None
        self.setObjectName("accountDialog")
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("accountUsername")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("accountName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in Role:
            self.role.addItem(account_role_label(role.value), role.value)
        set_combo_data(self.role, user.role if user else Role.DIRECTOR.value)
        self.schools = QListWidget()
        self.schools.setObjectName("accountSchools")
        for school in schools:
            item = QListWidgetItem(f"{school.name} ({school.brin})")
            item.setData(Qt.ItemDataRole.UserRole, school.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = user is not None and school.id in user.schools
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.schools.addItem(item)
        self.password = password_field("accountPassword")
        self.again = password_field("accountPasswordAgain")
        fields: list[tuple[str, QWidget]] = [
            ("username", self.username), ("name", self.display_name), ("role", self.role),
            ("schools", self.schools)]
        if user is None:
            fields += [("password", self.password), ("again", self.again)]
        form, self.labels = labelled_form(fields)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.retranslate_ui()
        self._role_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Account wijzigen") if self.user
                            else self.tr("Account toevoegen"))
        for key, text in (("username", self.tr("&Gebruikersnaam:")),
                          ("name", self.tr("&Naam:")), ("role", self.tr("&Rol:")),
                          ("schools", self.tr("&Scholen:")),
                          ("password", self.tr("&Wachtwoord (12+ tekens):")),
                          ("again", self.tr("Wachtwoord &herhalen:"))):
            if key in self.labels:
                self.labels[key].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _role_changed(self) -> None:
        """Roles that see every school choose none."""
        self.schools.setEnabled(Role(str(self.role.currentData())) not in ALL_SCHOOLS)

    def chosen_schools(self) -> list[int]:
        return [int(self.schools.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.schools.count())
                if self.schools.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        username, name = self.username.text(), self.display_name.text()
        role = str(self.role.currentData())
        schools = self.chosen_schools() if Role(role) not in ALL_SCHOOLS else []
        user = self.user
        if user is None:
            password = self.password.text()
            if refuse_different(self, self.password, self.again):
                return

            def work(op: OpContext) -> UserInfo:
                made = accounts.create_user(op.db, op.actor, username, name, role, password,
                                            schools)
                return next(u for u in accounts.list_users(op.db, op.actor) if u.id == made.id)
        else:
            def work(op: OpContext) -> UserInfo:
                return accounts.update_user(op.db, op.actor, user.username, display_name=name,
                                            role_name=role, schools=schools)

        def saved(info: UserInfo) -> None:
            self.saved = info
            super(AccountDialog, self).accept()

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(saved).owner(self).disabling(ok).run()


class ResetPasswordDialog(PasswordDialog):
    """An administrator sets a new password for an account (and lifts its lock)."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [("password", "resetPassword"), ("again", "resetPasswordAgain")],
                         parent)
        self.user = user
        self.done_reset = False
        self.setObjectName("resetPasswordDialog")
        self.password, self.again = self.fields["password"], self.fields["again"]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Wachtwoord resetten"))
        self.intro.setText(self.tr(
            "Een nieuw wachtwoord voor {name} ({user}); een blokkade na te veel pogingen "
            "vervalt. Geef het wachtwoord persoonlijk door.").format(
                name=self.user.display_name, user=self.user.username))
        self.labels["password"].setText(self.tr("&Nieuw wachtwoord (12+ tekens):"))
        self.labels["again"].setText(self.tr("Wachtwoord &herhalen:"))
        self.set_button_texts(self.tr("&Resetten"), self.tr("Annuleren"))

    def accept(self) -> None:
        password, username = self.password.text(), self.user.username
        if refuse_different(self, self.password, self.again):
            return

        def work(op: OpContext) -> None:
            accounts.reset_password(op.db, op.actor, username, password)

        def done(_: None) -> None:
            self.done_reset = True
            super(ResetPasswordDialog, self).accept()

        self.submit(work, done)
