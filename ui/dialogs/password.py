"""Change the signed-in account's own password (Bestand › Wachtwoord wijzigen…)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import accounts

from .. import errors
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..widgets import label, labelled_form, ok_cancel

T = TypeVar("T")


def password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def refuse_different(dialog: QWidget, password: QLineEdit, again: QLineEdit,
                     nl: str = "De twee wachtwoorden verschillen.",
                     en: str = "The two passwords differ.") -> bool:
    """A new password is typed twice so that a typo cannot lock anyone out: when the two
    differ the dialog says so (True) and stays open with what was typed."""
    if password.text() == again.text():
        return False
    errors.show_refusal(dialog, InvalidInput(nl, en))
    return True


class PasswordDialog(GuardedDialog):
    """The frame both password dialogs share (one's own change, an administrator's reset), so
    they look and behave alike: a muted introduction, the password fields (key, object name)
    in `fields` with their labels in `labels`, OK and Annuleren. The subclass sets the texts in
    retranslate_ui, again on a change of language; `submit` runs the service call with OK
    disabled, and a refusal leaves what was typed."""

    def __init__(self, ctx: AppContext, fields: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = label("muted", wrap=True)
        self.fields = {key: password_field(name) for key, name in fields}
        form, self.labels = labelled_form(list(self.fields.items()))
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def set_button_texts(self, ok: str, cancel: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self, work: Callable[[OpContext], T], done: Callable[[T], None]) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).owner(self).disabling(ok).run()


class ChangePasswordDialog(PasswordDialog):
    """The current password, the new one twice; the service checks the rules (12+)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [("old", "oldPassword"), ("new", "newPassword"),
                               ("again", "newPasswordAgain")], parent)
        self.changed = False
        self.setObjectName("changePasswordDialog")
        self.old, self.new, self.again = (self.fields[key] for key in ("old", "new", "again"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.intro.setText(self.tr("Een nieuw wachtwoord voor {name} ({user}): minstens 12 "
                                   "tekens.").format(name=self.ctx.actor.display_name,
                                                     user=self.ctx.actor.username))
        self.labels["old"].setText(self.tr("&Huidig wachtwoord:"))
        self.labels["new"].setText(self.tr("&Nieuw wachtwoord:"))
        self.labels["again"].setText(self.tr("Nieuw wachtwoord he&rhalen:"))
        self.set_button_texts(self.tr("&Wijzigen"), self.tr("Annuleren"))

    def accept(self) -> None:
        old, new = self.old.text(), self.new.text()
        if refuse_different(self, self.new, self.again, "De twee nieuwe wachtwoorden verschillen.",
                            "The two new passwords differ."):
            return

        def work(op: OpContext) -> None:
            accounts.change_password(op.db, op.actor, old, new)

        def done(_: None) -> None:
            self.changed = True
            super(ChangePasswordDialog, self).accept()
            errors.inform(self.parentWidget(), self.tr("Wachtwoord gewijzigd"),
                          self.tr("Uw wachtwoord is gewijzigd."))

        self.submit(work, done)
