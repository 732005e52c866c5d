"""The login dialog at start: username and password, the refusal shown in the dialog itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import CaseManagerError
from desktop_app.services import accounts
from desktop_app.services.database import Actor, Database

from .. import errors, i18n
from ..ops import OpContext, OpRunner
from ..widgets import label, labelled_form, ok_cancel


class LoginDialog(QDialog):
    """Asks who is working; `actor` holds the logged-in account after accept()."""

    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        # Before the sign-in there is no account: ops without one (the password check).
        self.ops = OpRunner(db, None, on_error=errors.show_error, parent=self)
        self.setObjectName("loginDialog")
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.intro = label("muted", wrap=True)
        self.problem = label("danger", wrap=True)
        self.problem.setObjectName("loginProblem")
        self.problem.hide()
        form, self.labels = labelled_form([("username", self.username),
                                           ("password", self.password)])
        layout = QVBoxLayout(self)
        # A wrapped label in a dialog sized to its hint is cut off (seen in a real X window):
        # the window sizes its height to the wrapped text.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(380)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        buttons = ok_cancel(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Inloggen"))
        self.intro.setText(self.tr("Log in met uw eigen account. Wat u doet, wordt op uw naam "
                                   "in de audittrail vastgelegd."))
        self.labels["username"].setText(self.tr("&Gebruikersnaam:"))
        self.labels["password"].setText(self.tr("&Wachtwoord:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        """The password is checked off the GUI thread (argon2id takes a moment); a refused
        login keeps the dialog open with the reason; the attempt is audited."""
        username, password = self.username.text(), self.password.text()

        def work(op: OpContext) -> Actor:
            return accounts.login(op.db, username, password)

        def refused(error: BaseException) -> None:
            if not isinstance(error, CaseManagerError):
                errors.show_error(self, error)
                return
            self.problem.setText(i18n.error_text(error))
            self.problem.show()
            # The window grows by the reason's lines: it kept its height, and squeezed the
            # introduction and the fields (seen in a real X window).
            self.adjustSize()
            self.password.clear()
            self.password.setFocus()

        self.ops.op(work).success(self._signed_in).failure(refused).owner(self).disabling(
            self.ok_button).run()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        super().accept()
