"""Instellingen › Database: the embedded file on this PC or a shared PostgreSQL server.

The choice is saved for this account (desktop_app.database_choice) and applies at the next
start; "Verbinding testen" tries the server in the background and words what went wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import auto_backup, database_choice
from desktop_app.db.health import display_name
from desktop_app.domain.errors import CaseManagerError
from desktop_app.faults import describe
from desktop_app.machine_config import machine_config
from desktop_app.paths import embedded_database_url

from .. import errors, i18n
from ..context import AppContext
from ..widgets import label


class DatabaseSettings(QWidget):
    """The tab: which database the next start opens, and a test of the server."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseSettings")
        self.ctx = ctx
        self.intro = label("muted", wrap=True)
        self.current_label = QLabel()
        self.current = QLineEdit(display_name(ctx.db.url))  # selectable, never edited
        self.current.setObjectName("databaseCurrent")
        self.current.setReadOnly(True)
        current_row = QHBoxLayout()
        current_row.addWidget(self.current_label)
        current_row.addWidget(self.current, 1)
        self.fixed = label("", wrap=True)
        self.fixed.setObjectName("databaseFixed")
        self.embedded = QRadioButton()
        self.embedded.setObjectName("databaseEmbedded")
        self.server = QRadioButton()
        self.server.setObjectName("databaseServer")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.embedded)
        self.kind.addButton(self.server)
        self.host = QLineEdit()
        self.host.setObjectName("databaseHost")
        self.port = QSpinBox()
        self.port.setObjectName("databasePort")
        self.port.setRange(1, 65535)
        self.port.setValue(database_choice.DEFAULT_PORT)
        self.database = QLineEdit("casemanager")
        self.database.setObjectName("databaseName")
        self.user = QLineEdit("casemanager")
        self.user.setObjectName("databaseUser")
        self.password = QLineEdit()
        self.password.setObjectName("databasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {name: QLabel() for name in ("host", "port", "database", "user",
                                                   "password")}
        form = QFormLayout()
        for name, edit in (("host", self.host), ("port", self.port),
                           ("database", self.database), ("user", self.user),
                           ("password", self.password)):
            self.labels[name].setBuddy(edit)
            form.addRow(self.labels[name], edit)
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)
        self.test_button = QPushButton()
        self.test_button.setObjectName("databaseTest")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.setObjectName("databaseSave")
        self.save_button.clicked.connect(self.save)
        self.status = label("", wrap=True)
        self.status.setObjectName("databaseStatus")
        self.backup_box = self._backup_box()
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        # In a scroll area: the tab must not raise the window's minimum height (small laptops).
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.intro)
        layout.addLayout(current_row)
        layout.addWidget(self.fixed)
        layout.addWidget(self.embedded)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.backup_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.embedded.toggled.connect(self._update_state)
        self._load()
        self.retranslate_ui()

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox()
        self.backup_on = QCheckBox()
        self.backup_on.setObjectName("backupEnabled")
        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("backupFolder")
        self.backup_choose = QPushButton()
        self.backup_choose.clicked.connect(self._choose_folder)
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, 365)
        self.backup_passphrase = QLineEdit()
        self.backup_passphrase.setObjectName("backupPassphrase")
        self.backup_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_labels = {name: QLabel() for name in ("folder", "keep", "passphrase")}
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_choose)
        form = QFormLayout(box)
        form.addRow(self.backup_on)
        form.addRow(self.backup_labels["folder"], folder_row)
        form.addRow(self.backup_labels["keep"], self.backup_keep)
        form.addRow(self.backup_labels["passphrase"], self.backup_passphrase)
        self.backup_labels["folder"].setBuddy(self.backup_folder)
        self.backup_labels["keep"].setBuddy(self.backup_keep)
        self.backup_labels["passphrase"].setBuddy(self.backup_passphrase)
        self.backup_note = label("muted", wrap=True)
        form.addRow(self.backup_note)
        return box

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de back-ups"),
                                                  self.backup_folder.text())
        if chosen:
            self.backup_folder.setText(chosen)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DatabaseSettings", "Da&tabase")

    # --- state ----------------------------------------------------------------------------
    def _load(self) -> None:
        chosen = database_choice.load().server
        if chosen is None:
            self.embedded.setChecked(True)
        else:
            self.server.setChecked(True)
            self.host.setText(chosen.host)
            self.port.setValue(chosen.port)
            self.database.setText(chosen.database)
            self.user.setText(chosen.user)
        self._stored = chosen is not None and database_choice.has_password(chosen)
        backups = auto_backup.load()
        self._backups = backups
        self.backup_on.setChecked(backups.enabled)
        self.backup_folder.setText(str(backups.folder) if backups.folder else "")
        self.backup_keep.setValue(backups.keep)
        self.backup_folder.setEnabled(not backups.fixed_by_it)
        self.backup_choose.setEnabled(not backups.fixed_by_it)
        self.backup_keep.setEnabled(not backups.fixed_by_it)
        self._update_state()

    def _fixed_by_it(self) -> bool:
        return machine_config().database_url is not None

    def _update_state(self) -> None:
        fixed = self._fixed_by_it()
        self.fixed.setVisible(fixed)
        for widget in (self.embedded, self.server):
            widget.setEnabled(not fixed)
        on_server = self.server.isChecked()
        self.server_fields.setEnabled(on_server and not fixed)
        self.test_button.setEnabled(on_server)

    def _server(self) -> database_choice.Server:
        return database_choice.make_server(self.host.text(), self.port.value(),
                                           self.database.text(), self.user.text())

    # --- actions --------------------------------------------------------------------------
    def test_connection(self) -> None:
        try:
            server = self._server()
        except CaseManagerError as error:
            self.status.setText(i18n.error_text(error))
            return
        password = self.password.text() or None
        self.status.setText(self.tr("Verbinding met {server} testen…").format(
            server=server.shown()))
        self.test_button.setEnabled(False)
        self.ctx.ops.op(lambda _op: database_choice.test_connection(server, password)).success(
            self._tested).failure(self._test_failed).owner(self).run()

    def _tested(self, probe: database_choice.Probe) -> None:
        self._update_state()
        if probe.newer:
            text = self.tr("Verbinding gelukt, maar de database is van een nieuwere versie van "
                           "Casemanager. Werk eerst deze computer bij.")
        elif probe.ready:
            text = self.tr("Verbinding gelukt. De database bevat de gegevens van Casemanager.")
        else:
            text = self.tr("Verbinding gelukt. De database is nog leeg; bij de volgende start "
                           "maakt Casemanager de tabellen aan.")
        self.status.setText(text)

    def _test_failed(self, error: BaseException) -> None:
        self._update_state()
        if isinstance(error, CaseManagerError):
            sentence = i18n.error_text(error)
        else:
            sentence = describe(error).message(i18n.language())
        self.status.setText(self.tr("Verbinding mislukt: {reason}").format(reason=sentence))

    def save(self) -> None:
        """The database choice (unless IT fixed it) and the daily backup; a refusal of either
        saves neither."""
        try:
            server = None if self.embedded.isChecked() else self._server()
            auto_backup.save(self.backup_on.isChecked(), self.backup_folder.text(),
                             self.backup_keep.value(), self.backup_passphrase.text() or None)
            if not self._fixed_by_it():
                database_choice.save(database_choice.Choice(server),
                                     self.password.text() or None)
        except CaseManagerError as error:
            errors.show_refusal(self, error)
            return
        except OSError as error:
            errors.show_error(self, error)
            return
        self.password.clear()
        self.backup_passphrase.clear()
        self._load()
        self.retranslate_ui()
        errors.inform(self, self.tr("Opgeslagen"), self.tr(
            "De keuze is opgeslagen en geldt vanaf de volgende start van Casemanager."))

    # --- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Kies waar Casemanager zijn gegevens bewaart: in een bestand op deze computer, of "
            "op een gedeelde PostgreSQL-server waar alle directeuren van het bestuur op werken. "
            "Het wachtwoord wordt versleuteld bewaard, alleen voor uw account op deze "
            "computer. De keuze geldt vanaf de volgende start."))
        self.current_label.setText(self.tr("Nu geopend:"))
        config = machine_config()
        self.fixed.setText(self.tr(
            "De beheerder heeft de database voor deze computer vastgelegd in {path}; hier "
            "kunt u alleen de verbinding testen.").format(path=config.path or ""))
        self.embedded.setText(self.tr("Bestand op deze computer ({path})").format(
            path=display_name(embedded_database_url())))
        self.server.setText(self.tr("Gedeelde &PostgreSQL-server"))
        self.labels["host"].setText(self.tr("&Server:"))
        self.labels["port"].setText(self.tr("Poort:"))
        self.labels["database"].setText(self.tr("Database&naam:"))
        self.labels["user"].setText(self.tr("Gebruiker:"))
        self.labels["password"].setText(self.tr("Wachtw&oord:"))
        self.password.setPlaceholderText(
            self.tr("(bewaard; leeg laten om het te houden)") if self._stored
            else self.tr("(leeg: pgpass of Windows-aanmelding)"))
        self.backup_box.setTitle(self.tr("Dagelijkse back-up van het bestand op deze computer"))
        self.backup_on.setText(self.tr("Dage&lijks een back-up maken (bij het starten)"))
        self.backup_labels["folder"].setText(self.tr("Map:"))
        self.backup_choose.setText(self.tr("Kiezen…"))
        self.backup_labels["keep"].setText(self.tr("Hoeveel bewaren:"))
        self.backup_labels["passphrase"].setText(self.tr("Back-&upwachtwoord:"))
        self.backup_passphrase.setPlaceholderText(
            self.tr("(bewaard; leeg laten om het te houden)") if self._backups.has_passphrase
            else self.tr("minstens 10 tekens; zonder dit wachtwoord geen herstel"))
        self.backup_note.setText(self.tr(
            "Bij het starten maakt Casemanager een versleutelde back-up als de nieuwste in de "
            "map ouder is dan vandaag, en bewaart de nieuwste. Op een gedeelde server gelden "
            "de back-ups van de server.") + (self.tr(" De map en het aantal zijn door de "
                                                     "beheerder vastgelegd.")
                                            if self._backups.fixed_by_it else ""))
        self.test_button.setText(self.tr("Verb&inding testen"))
        self.save_button.setText(self.tr("Keu&ze opslaan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["DatabaseSettings"]
