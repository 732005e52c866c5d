"""Change the signed-in account's own password (Bestand › Wachtwoord wijzigen…)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import accounts

from .. import errors
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..widgets import label, labelled_form, ok_cancel


def password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(GuardedDialog):
    """The current password, the new one twice; the service checks the rules (12+)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setObjectName("changePasswordDialog")
        self.intro = label("muted", wrap=True)
        self.old = password_field("oldPassword")
        self.new = password_field("newPassword")
        self.again = password_field("newPasswordAgain")
        form, self.labels = labelled_form([("old", self.old), ("new", self.new),
                                           ("again", self.again)])
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.intro.setText(self.tr("Een nieuw wachtwoord voor {name} ({user}): minstens 12 "
                                   "tekens.").format(name=self.ctx.actor.display_name,
                                                     user=self.ctx.actor.username))
        self.labels["old"].setText(self.tr("&Huidig wachtwoord:"))
        self.labels["new"].setText(self.tr("&Nieuw wachtwoord:"))
        self.labels["again"].setText(self.tr("Nieuw wachtwoord he&rhalen:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.again.text():
            errors.show_refusal(self, InvalidInput(
                "De twee nieuwe wachtwoorden verschillen.", "The two new passwords differ."))
            return

        def work(op: OpContext) -> None:
            accounts.change_password(op.db, op.actor, old, new)

        def done(_: None) -> None:
            self.changed = True
            super(ChangePasswordDialog, self).accept()
            errors.inform(self.parentWidget(), self.tr("Wachtwoord gewijzigd"),
                          self.tr("Uw wachtwoord is gewijzigd."))

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).owner(self).disabling(ok).run()
