"""The idle lock: after the set minutes without keyboard or mouse, every window is covered
and the signed-in account gives its password again. Nothing is closed or hidden, so open
dialogs and what was typed in them survive; the password is checked in an op."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CaseManagerError
from desktop_app.services import accounts
from desktop_app.services.database import Actor

from . import errors, i18n
from .context import AppContext
from .ops import OpContext
from .widgets import label, labelled_form

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class Cover(QWidget):
    """An opaque panel over one window while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        text = label("title", QApplication.translate("IdleLock", "Vergrendeld"))
        layout = QVBoxLayout(self)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignCenter)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """The same account's password; blocks every other window until it is right."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unlockDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.intro = label("muted", wrap=True)
        self.username = QLineEdit(ctx.actor.username)
        self.username.setReadOnly(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = label("danger", wrap=True)
        self.problem.setObjectName("unlockProblem")
        self.problem.hide()
        form, self.labels = labelled_form([("username", self.username),
                                           ("password", self.password)])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.password.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Vergrendeld – Casemanager"))
        self.intro.setText(self.tr(
            "Casemanager is vergrendeld omdat er even niets gebeurde. Geef uw wachtwoord om "
            "verder te werken; wat open stond, staat nog open."))
        self.labels["username"].setText(self.tr("Gebruikersnaam:"))
        self.labels["password"].setText(self.tr("&Wachtwoord:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ontgrendelen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reject(self) -> None:
        """Escape does not unlock."""

    def accept(self) -> None:
        username, password = self.ctx.actor.username, self.password.text()

        def work(op: OpContext) -> Actor:
            return accounts.login(op.db, username, password)  # audited; 5 wrong lock it

        def refused(error: BaseException) -> None:
            if not isinstance(error, CaseManagerError):
                errors.show_error(self, error)
                return
            self.problem.setText(i18n.error_text(error))
            self.problem.show()
            self.password.clear()
            self.password.setFocus()

        def done(_: Actor) -> None:
            self.unlocked.emit()
            super(UnlockDialog, self).accept()

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).failure(refused).owner(self).disabling(ok).run()


class IdleLock(QObject):
    """Watches the application's input; locks after `ctx.settings.idle_lock_minutes`."""

    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.dialog: UnlockDialog | None = None
        self._covers: list[Cover] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def restart(self) -> None:
        """Start counting again (activity, or a changed setting)."""
        if not self.locked:
            self.timer.start(self.ctx.settings.idle_lock_minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start(self.ctx.settings.idle_lock_minutes * 60_000)
        return False

    def lock(self) -> UnlockDialog:
        if self.dialog is not None:
            return self.dialog
        self.timer.stop()
        self._covers = [Cover(w) for w in QApplication.topLevelWidgets()
                        if w.isVisible() and not isinstance(w, UnlockDialog)]
        self.dialog = UnlockDialog(self.ctx)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked_changed.emit(True)
        return self.dialog

    def _unlocked(self) -> None:
        for cover in self._covers:
            if cover is not None:
                cover.deleteLater()
        self._covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.locked_changed.emit(False)
        self.restart()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
