"""Bestand › Back-up maken… and Back-up terugzetten…: file, passphrase, done off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import backup

from .. import errors
from ..context import AppContext
from ..ops import OpContext
from ..widgets import label, labelled_form, ok_cancel

MAKE, RESTORE = "make", "restore"


class BackupDialog(QDialog):
    """One dialog for both directions; what was typed stays when something is refused."""

    def __init__(self, ctx: AppContext, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.setObjectName("backupDialog" if mode == MAKE else "restoreDialog")
        self.intro = label("muted", wrap=True)
        self.path = QLineEdit()
        self.path.setObjectName("backupPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(self.browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("backupPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        fields: list[tuple[str, QWidget]] = [("file", row), ("passphrase", self.passphrase)]
        if mode == MAKE:
            fields.append(("again", self.again))
            self.path.setText(str(Path(ctx.settings.last_folder or Path.home())
                                  / f"casemanager-{ctx.db.today().isoformat()}"
                                    f"{backup.SUFFIX}"))
        self.buttons = ok_cancel(self)
        form, self.labels = labelled_form(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 240)

    def retranslate_ui(self) -> None:
        if self.mode == MAKE:
            self.setWindowTitle(self.tr("Back-up maken"))
            self.intro.setText(self.tr(
                "De back-up bevat de hele database en wordt versleuteld met het wachtwoord dat u "
                "hier kiest. Bewaar het wachtwoord apart: zonder wachtwoord is de back-up niet "
                "terug te zetten."))
            ok = self.tr("&Maken")
        else:
            self.setWindowTitle(self.tr("Back-up terugzetten"))
            self.intro.setText(self.tr(
                "De back-up wordt eerst helemaal gecontroleerd. Daarna vervangt hij de huidige "
                "database; wat sinds de back-up is vastgelegd, gaat verloren."))
            ok = self.tr("&Terugzetten")
        self.labels["file"].setText(self.tr("&Bestand:"))
        self.labels["passphrase"].setText(self.tr("&Wachtwoordzin:"))
        if "again" in self.labels:
            self.labels["again"].setText(self.tr("&Nogmaals:"))
        self.browse.setText(self.tr("B&laderen…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse(self) -> None:
        pattern = self.tr("Casemanager-back-ups (*{suffix})").format(suffix=backup.SUFFIX)
        if self.mode == MAKE:
            path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                                  pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), self.path.text(),
                                                  pattern)
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        target = Path(self.path.text().strip())
        passphrase = self.passphrase.text()
        if self.mode == MAKE and passphrase != self.again.text():
            errors.show_refusal(self, InvalidInput(
                "De twee wachtwoorden verschillen.", "The two passphrases differ."))
            return
        if self.mode == MAKE:
            self._make(target, passphrase)
        else:
            self._restore(target, passphrase)

    def _make(self, target: Path, passphrase: str) -> None:
        # The browse dialog asked before replacing; a typed name of an existing file is asked.
        force = False
        if target.exists():
            if not errors.ask(self, self.windowTitle(), self.tr(
                    "{path} bestaat al. Vervangen?").format(path=target)):
                return
            force = True

        def work(op: OpContext) -> backup.BackupInfo:
            return backup.make_backup(op.db, op.actor, target, passphrase, force)

        def done(info: backup.BackupInfo) -> None:
            self.ctx.settings.last_folder = str(target.parent)
            self.done(QDialog.DialogCode.Accepted)
            errors.inform(self.parentWidget(), self.tr("Back-up gemaakt"),
                          self.tr("De versleutelde back-up staat in {path}.").format(
                              path=info.path))

        self.ctx.ops.op(work).success(done).owner(self).run()

    def _restore(self, source: Path, passphrase: str) -> None:
        if not errors.ask(self, self.windowTitle(), self.tr(
                "De huidige database wordt vervangen door de back-up. Doorgaan?")):
            return
        def work(op: OpContext) -> backup.RestoreInfo:
            # The one worker runs ops in turn: no op of ours holds a connection now.
            op.db.engine.dispose()  # no connection of ours may hold the file being replaced
            info = backup.restore_backup(op.db.url, source, passphrase)
            op.db.engine.dispose()
            op.db.replaced()  # every view refreshes (the op's change set)
            return info

        def done(info: backup.RestoreInfo) -> None:
            self.done(QDialog.DialogCode.Accepted)
            errors.inform(self.parentWidget(), self.tr("Back-up teruggezet"), self.tr(
                "De back-up van {when} is teruggezet: {documents} documenten en de audittrail "
                "zijn gecontroleerd.").format(when=f"{info.created:%d-%m-%Y %H:%M}",
                                               documents=info.documents))

        self.ctx.ops.op(work).success(done).owner(self).run()


def server_note(ctx: AppContext) -> str | None:
    """On a shared server the server's own backups apply; None for the embedded file."""
    from desktop_app.db import health
    from desktop_app.db.engine import normalise_url

    if health.sqlite_path(normalise_url(ctx.db.url)) is not None:
        return None
    from .. import i18n

    return backup.server_backups().message(i18n.language())
